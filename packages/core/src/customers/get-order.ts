import { DomainError } from "../errors";
import { latestShipment } from "../orders/fulfil-order";
import { getOrderSummary } from "../orders/order-summary";
import type { DbOrTx } from "../transaction";
import { orderTimelines } from "./order-timeline";
import type { CustomerOrder, CustomerOrderDetail, OrderTimelineEntry } from "./types";

/**
 * One of the customer's orders by its number: the snapshot taken at checkout (the confirmation
 * page's summary), its timeline and its shipment. Another customer's order, or a guest's, is NOT_FOUND.
 */
export async function getOrder(
  db: DbOrTx,
  userId: string,
  orderNumber: number,
): Promise<CustomerOrderDetail> {
  const order = await db.order.findFirst({ where: { number: orderNumber, userId }, select: { id: true } });
  if (!order) throw new DomainError("NOT_FOUND", "order");
  const [detail, shipment] = await Promise.all([customerOrder(db, order.id), latestShipment(db, order.id)]);
  return {
    ...detail,
    shipment: shipment
      ? {
          carrierName: shipment.carrierName,
          trackingNumber: shipment.trackingNumber,
          trackingUrl: shipment.trackingUrl,
        }
      : null,
  };
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
