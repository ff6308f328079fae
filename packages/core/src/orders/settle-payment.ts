// What a payment outcome does to an order, whoever learnt it first: a webhook, the success page
// asking the provider, or the reconciliation job. Each function locks the order and is a no-op when
// the order is already where the news would take it, so any number of callers, in any order, agree.
import type { OrderActor } from "@comptoir/db";
import type { Tx } from "../transaction";
import { PAID_STATUSES, statusAfterRefund } from "./order-transitions";
import { lockOrder, recordOrderEvent, transitionOrder, type TransitionEffects } from "./transition-order";

export type SettleOutcome = "changed" | "unchanged" | "needs_attention";

export interface PaymentFacts {
  orderId: string;
  paymentIntentId: string | null;
  actor: OrderActor;
  /** Where the news came from, for the timeline (event id, "reconciliation"...). */
  source: string;
}

export async function settlePaid(
  tx: Tx,
  facts: PaymentFacts,
  effects: TransitionEffects,
): Promise<SettleOutcome> {
  const order = await lockOrder(tx, facts.orderId);
  if (order.status === "PENDING") {
    await transitionOrder(
      tx,
      {
        orderId: order.id,
        to: "PAID",
        actor: facts.actor,
        type: "payment_succeeded",
        data: { source: facts.source },
        fields: facts.paymentIntentId ? { stripePaymentIntentId: facts.paymentIntentId } : {},
      },
      effects,
    );
    return "changed";
  }
  if (order.status !== "CANCELLED") return "unchanged";
  // Money arrived for an order given up (its stock is back on sale). Never lose it: staff decide
  // between shipping and refunding, from this event on the order's timeline.
  await recordOrderEvent(tx, {
    orderId: order.id,
    type: "payment_after_cancellation",
    actor: facts.actor,
    data: { source: facts.source, paymentIntentId: facts.paymentIntentId },
  });
  return "needs_attention";
}

export async function settleAbandoned(
  tx: Tx,
  input: { orderId: string; actor: OrderActor; type: string; source: string },
  effects: TransitionEffects,
): Promise<SettleOutcome> {
  const order = await lockOrder(tx, input.orderId);
  if (order.status !== "PENDING") return "unchanged";
  await transitionOrder(
    tx,
    {
      orderId: order.id,
      to: "CANCELLED",
      actor: input.actor,
      type: input.type,
      data: { source: input.source },
    },
    effects,
  );
  return "changed";
}

/**
 * The provider says `amountRefunded` has been refunded on the order's payment in all. The amount is
 * a total, not an increment, so a redelivered or late older event can only leave it as it is.
 */
export async function settleRefunded(
  tx: Tx,
  input: { orderId: string; amountRefunded: number; actor: OrderActor; source: string },
  effects: TransitionEffects,
): Promise<SettleOutcome> {
  const order = await lockOrder(tx, input.orderId);
  const amount = Math.min(input.amountRefunded, order.totalAmount);
  if (amount <= order.refundedAmount) return "unchanged";
  const data = { source: input.source, amountRefunded: amount, previouslyRefunded: order.refundedAmount };
  const next = statusAfterRefund(amount, order.totalAmount);
  if (next && PAID_STATUSES.includes(order.status)) {
    await transitionOrder(
      tx,
      {
        orderId: order.id,
        to: next,
        actor: input.actor,
        type: "refund",
        data,
        fields: { refundedAmount: amount },
      },
      effects,
    );
  } else {
    // A cancelled order being refunded stays cancelled; the timeline still shows the money.
    await tx.order.update({
      where: { id: order.id },
      data: { refundedAmount: amount },
      select: { id: true },
    });
    await recordOrderEvent(tx, { orderId: order.id, type: "refund", actor: input.actor, data });
  }
  return "changed";
}
