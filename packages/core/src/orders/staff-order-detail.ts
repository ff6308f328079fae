// One order as staff see it: lines, payments and refunds, the customer, and the timeline with the
// staff's notes. Three queries (order with lines and refunds, timeline, staff names).
import type { Db, OrderActor, OrderStatus, Prisma } from "@comptoir/db";
import type { DbOrTx } from "../transaction";
import { DomainError } from "../errors";
import { nextStatuses } from "./order-transitions";

export interface StaffOrderEvent {
  id: string;
  type: string;
  fromStatus: OrderStatus | null;
  toStatus: OrderStatus | null;
  actor: OrderActor;
  /** The staff member's email when staff did it. */
  actorEmail: string | null;
  data: Prisma.JsonValue;
  createdAt: Date;
}

const orderSelect = {
  id: true,
  number: true,
  status: true,
  email: true,
  locale: true,
  currency: true,
  shippingAddress: true,
  shippingMethod: true,
  discountCode: true,
  subtotalAmount: true,
  discountAmount: true,
  shippingAmount: true,
  taxAmount: true,
  totalAmount: true,
  refundedAmount: true,
  stripePaymentIntentId: true,
  paidAt: true,
  cancelledAt: true,
  createdAt: true,
  user: { select: { id: true, email: true, name: true } },
  items: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      sku: true,
      productName: true,
      variantName: true,
      unitAmount: true,
      quantity: true,
      discountAmount: true,
      taxAmount: true,
      totalAmount: true,
      productId: true,
    },
  },
  refunds: {
    orderBy: { createdAt: "asc" },
    select: { id: true, amount: true, currency: true, status: true, reason: true, createdAt: true },
  },
} satisfies Prisma.OrderSelect;

export type StaffOrderDetail = Prisma.OrderGetPayload<{ select: typeof orderSelect }> & {
  timeline: StaffOrderEvent[];
  /** What staff may move the order to from here (the state machine's table). */
  nextStatuses: readonly OrderStatus[];
  /** Left to refund: paid, minus refunded, minus refunds still in flight. */
  refundableAmount: number;
};

export async function getStaffOrder(db: Db, orderId: string): Promise<StaffOrderDetail> {
  const [order, events] = await Promise.all([
    db.order.findUnique({ where: { id: orderId }, select: orderSelect }),
    db.orderEvent.findMany({
      where: { orderId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        type: true,
        fromStatus: true,
        toStatus: true,
        actor: true,
        actorId: true,
        data: true,
        createdAt: true,
      },
    }),
  ]);
  if (!order) throw new DomainError("NOT_FOUND", `order ${orderId}`);
  const staffIds = [
    ...new Set(events.flatMap((event) => (event.actor === "STAFF" && event.actorId ? [event.actorId] : []))),
  ];
  const staff = staffIds.length
    ? await db.user.findMany({ where: { id: { in: staffIds } }, select: { id: true, email: true } })
    : [];
  const emailOf = new Map(staff.map((member) => [member.id, member.email]));
  const inFlight = order.refunds
    .filter((refund) => refund.status === "pending")
    .reduce((sum, r) => sum + r.amount, 0);
  const paid = order.paidAt ? order.totalAmount : 0;
  return {
    ...order,
    timeline: events.map(({ actorId, ...event }) => ({
      ...event,
      actorEmail: event.actor === "STAFF" && actorId ? (emailOf.get(actorId) ?? null) : null,
    })),
    nextStatuses: nextStatuses(order.status),
    refundableAmount: Math.max(0, paid - order.refundedAmount - inFlight),
  };
}

/** A staff note on the order's timeline: seen by staff only, never by the customer. */
export async function addStaffOrderNote(
  db: DbOrTx,
  input: { orderId: string; staffId: string; text: string },
): Promise<void> {
  const exists = await db.order.count({ where: { id: input.orderId } });
  if (!exists) throw new DomainError("NOT_FOUND", `order ${input.orderId}`);
  await db.orderEvent.create({
    data: {
      orderId: input.orderId,
      type: "note",
      actor: "STAFF",
      actorId: input.staffId,
      data: { text: input.text },
    },
    select: { id: true },
  });
}
