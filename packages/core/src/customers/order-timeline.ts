// An order's timeline as its customer sees it, from the order's events. Only what happened and
// when: the actor, staff ids and the event's data (payment ids, decline codes, webhook sources)
// stay internal.
import type { OrderStatus } from "@comptoir/db";
import type { DbOrTx } from "../transaction";
import { timelineSelect } from "./queries";
import type { OrderTimelineEntry } from "./types";

interface EventRow {
  orderId: string;
  type: string;
  fromStatus: OrderStatus | null;
  toStatus: OrderStatus | null;
  createdAt: Date;
}

/**
 * Status changes, and refunds (a refund of a cancelled order changes no status but is money the
 * customer gets back). Other facts (a declined card the shopper then replaced, a payment that
 * arrived after a cancellation and awaits staff) are for the back office.
 */
function isCustomerVisible(event: EventRow): boolean {
  return (event.toStatus !== null && event.toStatus !== event.fromStatus) || event.type === "refund";
}

/** The timelines of several orders in one query, by order id, oldest event first. */
export async function orderTimelines(
  db: DbOrTx,
  orderIds: string[],
): Promise<Map<string, OrderTimelineEntry[]>> {
  const events = await db.orderEvent.findMany({
    where: { orderId: { in: orderIds } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: timelineSelect,
  });
  const timelines = new Map<string, OrderTimelineEntry[]>(orderIds.map((id) => [id, []]));
  for (const event of events.filter(isCustomerVisible)) {
    timelines.get(event.orderId)?.push({ type: event.type, status: event.toStatus, at: event.createdAt });
  }
  return timelines;
}
