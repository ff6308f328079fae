import { z } from "zod";

const schema = z.object({
  STOREFRONT_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  ADMIN_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
  /** The local Stripe emulator (development without STRIPE_SECRET_KEY). */
  STRIPE_EMULATOR_PORT: z.coerce.number().int().min(1).max(65535).default(12111),
  /** The dev mailbox (development without SMTP_URL): SMTP, and the page listing what was sent. */
  DEV_MAILBOX_SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(1025),
  DEV_MAILBOX_HTTP_PORT: z.coerce.number().int().min(1).max(65535).default(8025),
  STRIPE_SECRET_KEY: z.string().optional(),
  SMTP_URL: z.string().optional(),
  COOKIE_SECRET: z.string().optional(),
  TOTP_ENCRYPTION_KEY: z.string().optional(),
  COMPTOIR_DATA_DIR: z.string().min(1).optional(),
});

export type DevEnv = z.infer<typeof schema>;

/** The launcher's own settings (the database's are read by @comptoir/db). */
export function readDevEnv(): DevEnv {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(
      `Invalid configuration — ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`,
    );
  }
  return parsed.data;
}
