// Cancelling an order on staff's decision. An unpaid order: its payment page is closed at Stripe
// first (if it was paid meanwhile, the payment is recorded and staff decide again). A paid order:
// its stock goes back on sale (transitionOrder restocks) and what is left of the payment is refunded
// through refundOrder. The cancellation is written in the refund's first transaction, under the
// order's lock and next to the pending refund, so that:
//   - the refund's id is derived from the order: a retried or concurrent cancel finds the same
//     refund and never refunds or restocks twice;
//   - once the money has moved, settleRefunded finds the order cancelled and keeps it so.
import type { Db, OrderStatus } from "@comptoir/db";
import type { Stripe } from "@comptoir/payments";
import { expireSessionQuietly } from "../checkout/abandon-pending-orders";
import { DomainError } from "../errors";
import type { Tx } from "../transaction";
import { refundOrder, type RefundOutcome } from "./refund-order";
import { settlePaid } from "./settle-payment";
import { lockOrder, transitionOrder, type TransitionEffects } from "./transition-order";

export const CANCELLED_EVENT = "cancelled_by_staff";

export interface CancelRequest {
  orderId: string;
  staffId: string;
  reason?: string | null;
  /** The most this staff member may refund at once (a manager's limit); null for no limit. */
  refundLimit: number | null;
}

export interface CancelDeps extends TransitionEffects {
  stripe: Stripe;
  /** Writes the audit entry in the cancellation's own transaction. */
  audit?: (
    tx: Tx,
    change: { before: { status: OrderStatus }; after: { status: OrderStatus; refundAmount: number } },
  ) => Promise<void>;
}

export interface CancelOutcome {
  status: "CANCELLED";
  refund: RefundOutcome | null;
}

/** The id of the refund a cancellation asks for: one per order, whoever cancels and however often. */
export function cancellationRefundId(orderId: string): string {
  return `cancel-${orderId}`;
}

export async function cancelOrder(db: Db, request: CancelRequest, deps: CancelDeps): Promise<CancelOutcome> {
  const order = await db.order.findUnique({
    where: { id: request.orderId },
    select: {
      id: true,
      status: true,
      stripeCheckoutSessionId: true,
      stripePaymentIntentId: true,
      totalAmount: true,
      refundedAmount: true,
    },
  });
  if (!order) throw new DomainError("NOT_FOUND", `order ${request.orderId}`);
  const refundId = cancellationRefundId(order.id);

  if (order.status === "PENDING") {
    const session = order.stripeCheckoutSessionId
      ? await expireSessionQuietly(deps.stripe, order.stripeCheckoutSessionId)
      : null;
    if (session?.status === "complete" && session.payment_status !== "unpaid") {
      // Paid while staff were deciding: never lose a payment. The order is now paid; cancelling it
      // would refund money, which staff must ask for knowingly.
      const paymentIntentId =
        typeof session.payment_intent === "string"
          ? session.payment_intent
          : (session.payment_intent?.id ?? null);
      await db.$transaction((tx) =>
        settlePaid(tx, { orderId: order.id, paymentIntentId, actor: "SYSTEM", source: "staff_cancel" }, deps),
      );
      throw new DomainError("CONFLICT", `${order.id}: paid before it could be cancelled`);
    }
    // Paid or cancelled by someone else meanwhile: refused under the lock, nothing changes.
    await db.$transaction((tx) => cancelInTransaction(tx, request, deps, "PENDING", 0));
    return { status: "CANCELLED", refund: null };
  }

  if (order.status === "CANCELLED") {
    // A retried cancellation: finish its refund if it is still in flight, never start another.
    const earlier = await db.refund.findUnique({ where: { id: refundId }, select: { id: true } });
    if (!earlier) throw new DomainError("INVALID_TRANSITION", `${order.id}: already cancelled`);
  } else if (order.status !== "PAID") {
    throw new DomainError("INVALID_TRANSITION", `${order.id}: ${order.status} cannot be cancelled`);
  }

  const inFlight = await db.refund.aggregate({
    where: { orderId: order.id, status: "pending", id: { not: refundId } },
    _sum: { amount: true },
  });
  const left = order.totalAmount - order.refundedAmount - (inFlight._sum.amount ?? 0);
  if (order.status === "PAID" && (left <= 0 || !order.stripePaymentIntentId)) {
    // Nothing was charged (a free order) or nothing is left to give back: cancel and restock only.
    await db.$transaction((tx) => cancelInTransaction(tx, request, deps, "PAID", 0));
    return { status: "CANCELLED", refund: null };
  }

  const refund = await refundOrder(
    db,
    {
      orderId: order.id,
      refundId,
      amount: left,
      reason: request.reason ?? null,
      staffId: request.staffId,
      limit: request.refundLimit,
    },
    {
      stripe: deps.stripe,
      jobs: deps.jobs,
      // Called once, when the refund is first recorded, under the order's lock.
      alongside: (tx, { refund: recorded }) =>
        cancelInTransaction(tx, request, deps, "PAID", recorded.amount),
    },
  );
  return { status: "CANCELLED", refund };
}

async function cancelInTransaction(
  tx: Tx,
  request: CancelRequest,
  deps: CancelDeps,
  expected: OrderStatus,
  refundAmount: number,
): Promise<void> {
  // The status read before the transaction may have changed: decide again under the lock.
  const { status: before } = await lockOrder(tx, request.orderId);
  if (before !== expected) {
    throw new DomainError("INVALID_TRANSITION", `${request.orderId}: ${before}, not ${expected}`);
  }
  await transitionOrder(
    tx,
    {
      orderId: request.orderId,
      to: "CANCELLED",
      actor: "STAFF",
      actorId: request.staffId,
      type: CANCELLED_EVENT,
      data: { reason: request.reason?.trim() || null, refundAmount },
    },
    deps,
  );
  await deps.audit?.(tx, { before: { status: before }, after: { status: "CANCELLED", refundAmount } });
}
