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

export const jobTypes = {
  /** Sends the order confirmation email once an order is paid. */
  "email.order-confirmation": defineJob({
    payload: z.object({ orderId: z.string().min(1) }),
    policy: "stately",
    singletonKey: (data) => data.orderId,
    // A mail server can be down for a while: keep trying for about an hour and a half.
    retry: { retryLimit: 8, retryDelay: 30 },
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
