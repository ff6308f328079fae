import { DomainError } from "../errors";
import { getOrderSummary } from "../orders/order-summary";
import type { DbOrTx } from "../transaction";
import { orderTimelines } from "./order-timeline";
import type { CustomerOrder, OrderTimelineEntry } from "./types";

/**
 * One of the customer's orders by its number: the snapshot taken at checkout (the confirmation
 * page's summary) and its timeline. Another customer's order, or a guest's, is NOT_FOUND.
 */
export async function getOrder(db: DbOrTx, userId: string, orderNumber: number): Promise<CustomerOrder> {
  const order = await db.order.findFirst({ where: { number: orderNumber, userId }, select: { id: true } });
  if (!order) throw new DomainError("NOT_FOUND", "order");
  return customerOrder(db, order.id);
}

/** The summary and timeline of an order already known to be the customer's. */
export async function customerOrder(
  db: DbOrTx,
  orderId: string,
  timelines?: Map<string, OrderTimelineEntry[]>,
): Promise<CustomerOrder> {
  const summary = await getOrderSummary(db, { orderId });
  const timeline = (timelines ?? (await orderTimelines(db, [orderId]))).get(orderId) ?? [];
  return { ...summary, refundedAmount: summary.totals.refunded, timeline };
}
