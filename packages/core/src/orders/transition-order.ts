// The one module that changes an order's status. Each call locks the order row, checks the state
// machine, writes the new status and an OrderEvent (time, actor, details), and performs what the
// transition implies (stock, discount usage, cart, confirmation email) in the same transaction.
import type { OrderActor, OrderStatus, Prisma } from "@comptoir/db";
import { DomainError } from "../errors";
import type { Tx } from "../transaction";
import type { OrderJobSender } from "./order-jobs";
import { canTransition } from "./order-transitions";
import { consumeReservations, releaseReservations } from "./reservations";

export interface TransitionInput {
  orderId: string;
  to: OrderStatus;
  actor: OrderActor;
  actorId?: string | null;
  /** What happened, for the timeline: "payment_succeeded", "checkout_expired", "refund"... */
  type: string;
  data?: Prisma.InputJsonValue;
  /** Set on the order with the new status (e.g. the payment intent id). */
  fields?: Prisma.OrderUpdateInput;
}

export interface TransitionEffects {
  jobs: OrderJobSender;
}

export interface LockedOrder {
  id: string;
  status: OrderStatus;
  cartId: string | null;
  totalAmount: number;
  refundedAmount: number;
}

/** Locks the order row until the transaction ends: transitions of one order happen one at a time. */
export async function lockOrder(tx: Tx, orderId: string): Promise<LockedOrder> {
  const rows = await tx.$queryRaw<LockedOrder[]>`
    SELECT "id", "status", "cartId", "totalAmount", "refundedAmount"
    FROM "Order" WHERE "id" = ${orderId} FOR UPDATE`;
  const order = rows[0];
  if (!order) throw new DomainError("NOT_FOUND", `order ${orderId}`);
  return order;
}

export async function transitionOrder(
  tx: Tx,
  input: TransitionInput,
  effects: TransitionEffects,
): Promise<LockedOrder> {
  const order = await lockOrder(tx, input.orderId);
  const from = order.status;
  if (!canTransition(from, input.to)) {
    throw new DomainError("INVALID_TRANSITION", `${input.orderId}: ${from} -> ${input.to}`);
  }
  const now = new Date();
  await tx.order.update({
    where: { id: order.id },
    data: {
      ...input.fields,
      status: input.to,
      ...(input.to === "PAID" ? { paidAt: now } : {}),
      ...(input.to === "CANCELLED" ? { cancelledAt: now } : {}),
    },
    select: { id: true },
  });
  await recordOrderEvent(tx, {
    orderId: order.id,
    type: input.type,
    fromStatus: from,
    toStatus: input.to,
    actor: input.actor,
    actorId: input.actorId ?? null,
    data: input.data,
  });

  if (from === "PENDING" && input.to === "PAID") await onPaid(tx, order, effects);
  if (from === "PENDING" && input.to === "CANCELLED") await onAbandoned(tx, order.id);
  if (from !== "PENDING" && input.to === "CANCELLED") await restock(tx, order.id);
  return { ...order, status: input.to };
}

export async function recordOrderEvent(
  tx: Tx,
  event: {
    orderId: string;
    type: string;
    fromStatus?: OrderStatus | null;
    toStatus?: OrderStatus | null;
    actor: OrderActor;
    actorId?: string | null;
    data?: Prisma.InputJsonValue;
  },
): Promise<void> {
  await tx.orderEvent.create({ data: event, select: { id: true } });
}

async function onPaid(tx: Tx, order: LockedOrder, effects: TransitionEffects): Promise<void> {
  await consumeReservations(tx, order.id);
  // The cart has become this order: empty it, so the shopper starts afresh.
  if (order.cartId) {
    await tx.cartItem.deleteMany({ where: { cartId: order.cartId } });
    await tx.cart.update({
      where: { id: order.cartId },
      data: { discountCodeId: null },
      select: { id: true },
    });
  }
  await effects.jobs.sendInTransaction(tx, { name: "email.order-confirmation", data: { orderId: order.id } });
}

/** An unpaid order given up: its units go back on sale and its discount use is freed. */
async function onAbandoned(tx: Tx, orderId: string): Promise<void> {
  await releaseReservations(tx, orderId);
  const redemption = await tx.discountRedemption.findUnique({
    where: { orderId },
    select: { id: true, discountCodeId: true },
  });
  if (redemption) {
    await tx.discountRedemption.delete({ where: { id: redemption.id }, select: { id: true } });
    await tx.discountCode.update({
      where: { id: redemption.discountCodeId },
      data: { timesUsed: { decrement: 1 } },
      select: { id: true },
    });
  }
}

/** A paid order cancelled by staff: what was sold goes back on sale (the refund is a separate step). */
async function restock(tx: Tx, orderId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Variant" AS v SET "stock" = v."stock" + i."quantity", "updatedAt" = now()
    FROM (SELECT "variantId", sum("quantity")::int AS "quantity" FROM "OrderItem"
          WHERE "orderId" = ${orderId} AND "variantId" IS NOT NULL GROUP BY "variantId") AS i
    WHERE v."id" = i."variantId"`;
}
