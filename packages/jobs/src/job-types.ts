// Every background job the platform knows, in one place: its name, the shape of its payload and
// how duplicates are treated. A job name that is not declared here cannot be sent or worked.
import { z } from "zod";

/**
 * How pg-boss treats several jobs of a queue that share a singleton key:
 * - "stately": at most one job per key waiting (created or retry) and one running. Sending again
 *   while one waits is a no-op, which is what event-driven and scheduled jobs want.
 * - "standard": no de-duplication at all.
 */
export type QueuePolicy = "stately" | "standard";

export interface RetryPolicy {
  /** How many times a failed job is tried again before it is marked failed. */
  retryLimit: number;
  /** Seconds before the first retry. */
  retryDelay: number;
  /** Double the delay at each retry (with jitter), so a struggling dependency gets room to recover. */
  retryBackoff: boolean;
}

interface JobDefinition<Schema extends z.ZodType> {
  payload: Schema;
  policy: QueuePolicy;
  /** The key that makes two sends of the same work one job (e.g. one confirmation per order). */
  singletonKey?: (data: z.infer<Schema>) => string;
  retry?: Partial<RetryPolicy>;
}

function defineJob<Schema extends z.ZodType>(definition: JobDefinition<Schema>): JobDefinition<Schema> {
  return definition;
}

/** Applied to every queue unless its definition says otherwise: 5 retries from 10 s, backing off. */
export const DEFAULT_RETRY: RetryPolicy = { retryLimit: 5, retryDelay: 10, retryBackoff: true };

const locale = z.enum(["fr", "en"]);
const email = z.string().min(3).max(254);

/**
 * The emails of customer accounts. The request that asks for one only names the address and the
 * kind: the worker looks the account up and mints the one-time link itself, so no secret ever sits
 * in the queue, and a request takes the same time whether or not the address has an account.
 */
export const accountEmailJob = z.discriminatedUnion("kind", [
  /** After sign-up: the link that verifies the address and logs in. */
  z.object({ kind: z.literal("verify-email"), userId: z.string().min(1), locale }),
  /** Sign-up with an address that already has an account: say so, with links to log in or reset. */
  z.object({ kind: z.literal("account-exists"), email, locale }),
  /** A login link; for an address with no account, following it creates one. */
  z.object({ kind: z.literal("magic-link"), email, locale }),
  /** A password reset link; nothing is sent when no active account has this address. */
  z.object({ kind: z.literal("password-reset"), email, locale }),
  /** Sent to the new address: following it confirms the change. */
  z.object({ kind: z.literal("email-change"), userId: z.string().min(1), newEmail: email, locale }),
  /** Sent to the old address once the change is done, in case it was not its owner's doing. */
  z.object({ kind: z.literal("email-changed"), oldEmail: email, newEmail: email, locale }),
  /** The password was changed or reset. */
  z.object({ kind: z.literal("password-changed"), userId: z.string().min(1), locale }),
  /** The account is gone (the address is carried here: the account row no longer exists). */
  z.object({ kind: z.literal("account-deleted"), email, locale }),
]);
export type AccountEmailJob = z.infer<typeof accountEmailJob>;

/** A staff invitation's email (see "email.staff-invitation"). */
export const staffInvitationEmailJob = z.object({
  invitationId: z.string().min(1),
  locale,
  adminUrl: z.url({ protocol: /^https?$/ }),
});
export type StaffInvitationEmailJob = z.infer<typeof staffInvitationEmailJob>;

export const jobTypes = {
  /** Sends the order confirmation email once an order is paid. */
  "email.order-confirmation": defineJob({
    payload: z.object({ orderId: z.string().min(1) }),
    policy: "stately",
    singletonKey: (data) => data.orderId,
    // A mail server can be down for a while: keep trying for about an hour and a half.
    retry: { retryLimit: 8, retryDelay: 30 },
  }),
  /** Sends the shipping email (carrier, tracking number and link) once staff mark an order shipped. */
  "email.order-shipped": defineJob({
    payload: z.object({ orderId: z.string().min(1) }),
    policy: "stately",
    singletonKey: (data) => data.orderId,
    retry: { retryLimit: 8, retryDelay: 30 },
  }),
  /** Sends one customer account email (see accountEmailJob). */
  "email.account": defineJob({
    payload: accountEmailJob,
    policy: "standard",
    retry: { retryLimit: 6, retryDelay: 15 },
  }),
  /**
   * Sends a staff invitation. The job names the invitation only: the worker gives it a fresh secret
   * and puts the link in the email, so no secret ever sits in the queue. `adminUrl` is the admin's
   * public address the invitation was made from (the worker's PUBLIC_URL is the storefront's).
   */
  "email.staff-invitation": defineJob({
    payload: staffInvitationEmailJob,
    policy: "standard",
    retry: { retryLimit: 6, retryDelay: 15 },
  }),
  /**
   * Runs a CSV import of products staff uploaded (the file waits in its CatalogImport row). One
   * job per import; a retry after a crash starts the import again, which is safe: nothing is
   * written until every row has passed, and then in one transaction.
   */
  "catalog.import": defineJob({
    payload: z.object({ importId: z.string().min(1) }),
    policy: "stately",
    singletonKey: (data) => data.importId,
    retry: { retryLimit: 2, retryDelay: 30 },
  }),
  /**
   * Makes the smaller copies of pictures stored without them (a shop upgraded in place). Sent by
   * each worker when it starts; one waits or runs at a time.
   */
  "media.add-renditions": defineJob({
    payload: z.object({}),
    policy: "stately",
  }),
  /** Gives back the stock held by pending orders whose reservation expired. Scheduled. */
  "orders.release-expired-reservations": defineJob({
    payload: z.object({}),
    policy: "stately",
  }),
  /** Asks the payment provider about orders still pending after a while (a lost webhook). Scheduled. */
  "orders.reconcile-pending": defineJob({
    payload: z.object({}),
    policy: "stately",
  }),
} as const;

export type JobName = keyof typeof jobTypes;
export type JobData<N extends JobName> = z.infer<(typeof jobTypes)[N]["payload"]>;

export const JOB_NAMES = Object.keys(jobTypes) as JobName[];

export function isJobName(value: string): value is JobName {
  return Object.hasOwn(jobTypes, value);
}
