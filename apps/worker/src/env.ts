// The worker's own settings (the database, payments and mail packages read theirs).
import { z } from "zod";

const schema = z.object({
  /** The storefront's public address, for links in emails. */
  PUBLIC_URL: z.url().default("http://localhost:3000"),
  /** How often pending orders are reconciled with Stripe and expired reservations released. */
  RECONCILE_CRON: z.string().default("* * * * *"),
  /** Emails sent at once, per kind (order confirmations, account emails). */
  EMAIL_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(4),
});

export type WorkerEnv = z.infer<typeof schema>;

export function readWorkerEnv(source: NodeJS.ProcessEnv = process.env): WorkerEnv {
  return schema.parse(source);
}
