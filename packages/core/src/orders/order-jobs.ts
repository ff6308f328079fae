import type { Tx } from "../transaction";

/** Background work an order transition asks for. */
export type OrderJob =
  | { name: "email.order-confirmation"; data: { orderId: string } }
  | { name: "email.order-shipped"; data: { orderId: string } };

/**
 * How core hands work to the job queue. The job is written in the caller's transaction, so it
 * exists if and only if the transition commits: a confirmation email is neither lost when the
 * process dies right after the commit nor sent for a payment that was rolled back.
 */
export interface OrderJobSender {
  sendInTransaction(tx: Tx, job: OrderJob): Promise<void>;
}
