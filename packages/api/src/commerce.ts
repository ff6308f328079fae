// What checkout, webhooks and order transitions need beyond the database: the Stripe client (or the
// emulator's, in development and tests), the webhook secret, and the job queue for the emails that
// transitions ask for. One set per process, built on first use.
import type { orders } from "@comptoir/core";
import { requireDatabaseUrl } from "@comptoir/db";
import { createJobQueue, type JobQueue } from "@comptoir/jobs";
import { createStripe, readPaymentsEnv, resolveWebhookSecret, type Stripe } from "@comptoir/payments";
import { queuedAccountEmails, type AccountEmailSender } from "./account-emails";
import { transactionalJobSender, type TransactionalJobSender } from "./job-sender";

export interface CommerceServices {
  stripe: Stripe;
  /** Verifies the signature of incoming webhooks. */
  webhookSecret: string;
  /** Order transitions' effects; its job sender takes any declared job (staff invitations too). */
  effects: orders.TransitionEffects & { jobs: TransactionalJobSender };
  /** Emails of customer accounts (verification, magic links, resets...). */
  accountEmails: AccountEmailSender;
}

let shared: { services: CommerceServices; queue: JobQueue } | null = null;
let starting: Promise<CommerceServices> | null = null;

/** The process's commerce services; the job queue is started the first time. */
export function getSharedCommerce(): Promise<CommerceServices> {
  if (shared) return Promise.resolve(shared.services);
  starting ??= (async () => {
    const env = readPaymentsEnv();
    const queue = createJobQueue({ databaseUrl: requireDatabaseUrl() });
    await queue.start();
    const services: CommerceServices = {
      stripe: createStripe(),
      webhookSecret: resolveWebhookSecret(env),
      effects: { jobs: transactionalJobSender(queue) },
      accountEmails: queuedAccountEmails(queue),
    };
    shared = { services, queue };
    return services;
  })().finally(() => {
    starting = null;
  });
  return starting;
}

/** Stops the shared job queue (tests, graceful shutdown). */
export async function stopSharedCommerce(): Promise<void> {
  const current = shared;
  shared = null;
  await current?.queue.stop({ graceful: true, timeoutMs: 10_000 });
}
