// A refund decided by staff, through the payment provider. Three steps, so that no database
// transaction waits on the network and no retry refunds twice:
//   1. under the order's row lock: check the amount against what is left to refund (refunds still in
//      flight count), record the Refund as pending, with its id chosen by the form;
//   2. ask Stripe, with that id as idempotency key: a retry, a double submission or a second worker
//      gets the same refund back, never a second one;
//   3. record Stripe's answer and, once the money has moved, settle the order's status as the
//      `charge.refunded` webhook would (whichever comes first does it; the other changes nothing).
import type { Stripe } from "@comptoir/payments";
import type { Db, RefundModel as Refund } from "@comptoir/db";
import { DomainError } from "../errors";
import type { Tx } from "../transaction";
import { PAID_STATUSES } from "./order-transitions";
import { amountOfLines, type RefundLine } from "./refund-amount";
import { settleRefunded } from "./settle-payment";
import { lockOrder, recordOrderEvent, type TransitionEffects } from "./transition-order";

export interface RefundRequest {
  orderId: string;
  /** Chosen once per refund form shown: submitting it again refunds once. */
  refundId: string;
  /** In minor units; or `lines`, whose value is computed. */
  amount?: number;
  lines?: RefundLine[];
  reason?: string | null;
  staffId: string;
  /** The most this staff member may refund at once (a manager's limit); null for no limit. */
  limit: number | null;
}

export interface RefundDeps extends TransitionEffects {
  stripe: Stripe;
  /** Writes the audit entry in the refund's own transaction (step 1). */
  audit?: (tx: Tx, change: { refund: Refund; before: { refundedAmount: number } }) => Promise<void>;
  /**
   * Runs in the same transaction, under the order's lock, once the pending refund is recorded: what
   * must commit together with it (a cancellation's status change; see cancel-order.ts).
   */
  alongside?: (tx: Tx, change: { refund: Refund }) => Promise<void>;
}

export type RefundOutcome = Pick<
  Refund,
  "id" | "orderId" | "amount" | "currency" | "status" | "stripeRefundId"
>;

/** Refunds still in flight: counted as spent so that two staff members cannot refund the same money. */
const IN_FLIGHT = "pending";

export async function refundOrder(db: Db, request: RefundRequest, deps: RefundDeps): Promise<RefundOutcome> {
  const { refund, paymentIntentId } = await db.$transaction((tx) => recordPendingRefund(tx, request, deps));
  if (refund.status !== IN_FLIGHT) return refund;
  let answer: Stripe.Refund;
  try {
    answer = await deps.stripe.refunds.create(
      {
        payment_intent: paymentIntentId,
        amount: refund.amount,
        metadata: { orderId: refund.orderId, refundId: refund.id },
      },
      { idempotencyKey: `comptoir-refund-${refund.id}` },
    );
  } catch (error) {
    // Nothing moved: the refund is recorded as failed and the amount is free to refund again.
    await db.$transaction(async (tx) => {
      await tx.refund.update({ where: { id: refund.id }, data: { status: "failed" }, select: { id: true } });
      await recordOrderEvent(tx, {
        orderId: refund.orderId,
        type: "refund_failed",
        actor: "STAFF",
        actorId: request.staffId,
        data: { refundId: refund.id, amount: refund.amount, error: errorCodeOf(error) },
      });
    });
    throw new DomainError("PAYMENT_UNAVAILABLE", `refund ${refund.id}: ${String(error)}`);
  }
  return db.$transaction((tx) => recordProviderAnswer(tx, refund, answer, deps));
}

async function recordPendingRefund(tx: Tx, request: RefundRequest, deps: RefundDeps) {
  const order = await lockOrder(tx, request.orderId);
  // The same form submitted again (after the lock: the first submission's row is visible now).
  const existing = await tx.refund.findUnique({ where: { id: request.refundId } });
  const details = await tx.order.findUniqueOrThrow({
    where: { id: order.id },
    select: {
      currency: true,
      stripePaymentIntentId: true,
      paidAt: true,
      items: { select: { id: true, quantity: true, totalAmount: true } },
    },
  });
  if (existing) {
    if (existing.orderId !== order.id) throw new DomainError("CONFLICT", `refund ${existing.id}`);
    return { refund: existing, paymentIntentId: details.stripePaymentIntentId ?? "" };
  }
  // A paid order, or one cancelled after its payment whose money has not all gone back yet (a
  // cancellation's refund the provider refused can be made again from the order page).
  const paid =
    PAID_STATUSES.includes(order.status) || (order.status === "CANCELLED" && details.paidAt !== null);
  if (!paid || !details.stripePaymentIntentId) {
    throw new DomainError("INVALID_TRANSITION", `${order.id}: ${order.status} cannot be refunded`);
  }
  const amount =
    request.lines && request.lines.length > 0 ? amountOfLines(details.items, request.lines) : request.amount;
  if (amount === undefined || !Number.isInteger(amount) || amount < 1) {
    throw new DomainError("REFUND_EXCEEDS_BALANCE", `${order.id}: no amount`);
  }
  const inFlight = await tx.refund.aggregate({
    where: { orderId: order.id, status: IN_FLIGHT },
    _sum: { amount: true },
  });
  const refundable = order.totalAmount - order.refundedAmount - (inFlight._sum.amount ?? 0);
  if (amount > refundable) {
    throw new DomainError("REFUND_EXCEEDS_BALANCE", `${order.id}: ${amount} > ${refundable}`);
  }
  if (request.limit !== null && amount > request.limit) {
    throw new DomainError("REFUND_LIMIT_EXCEEDED", `${order.id}: ${amount} > ${request.limit}`);
  }
  const refund = await tx.refund.create({
    data: {
      id: request.refundId,
      orderId: order.id,
      amount,
      currency: details.currency,
      status: IN_FLIGHT,
      reason: request.reason?.trim() || null,
    },
  });
  await recordOrderEvent(tx, {
    orderId: order.id,
    type: "refund_requested",
    actor: "STAFF",
    actorId: request.staffId,
    data: {
      refundId: refund.id,
      amount,
      reason: refund.reason,
      lines: (request.lines ?? []).map((line) => ({
        orderItemId: line.orderItemId,
        quantity: line.quantity,
      })),
    },
  });
  await deps.alongside?.(tx, { refund });
  await deps.audit?.(tx, { refund, before: { refundedAmount: order.refundedAmount } });
  return { refund, paymentIntentId: details.stripePaymentIntentId };
}

async function recordProviderAnswer(tx: Tx, refund: Refund, answer: Stripe.Refund, deps: RefundDeps) {
  const status = answer.status ?? IN_FLIGHT;
  const updated = await tx.refund.update({
    where: { id: refund.id },
    data: { stripeRefundId: answer.id, status },
  });
  if (status === "succeeded") {
    // Every refund of the order that went through, this one included: the order's refunded total
    // as the provider's charge counts it (settleRefunded ignores a total it already has).
    const succeeded = await tx.refund.aggregate({
      where: { orderId: refund.orderId, status: "succeeded" },
      _sum: { amount: true },
    });
    await settleRefunded(
      tx,
      {
        orderId: refund.orderId,
        amountRefunded: succeeded._sum.amount ?? refund.amount,
        actor: "STAFF",
        source: "refund",
      },
      deps,
    );
  }
  return updated;
}

function errorCodeOf(error: unknown): string {
  if (error && typeof error === "object" && "code" in error && typeof error.code === "string")
    return error.code;
  return error instanceof Error ? error.name : "unknown";
}
