import { z } from "zod";
import { invalidRequest, resourceMissing } from "./api-error";
import type { EmulatorContext, RequestInfo } from "./context";
import { emitEvent } from "./events";
import { newId } from "./ids";
import { formatMinor } from "./money";
import type { Charge, Refund } from "./objects";
import { expand, metadata, positiveInteger } from "./params";

export const createRefundParams = z.strictObject({
  payment_intent: z.string().optional(),
  charge: z.string().optional(),
  amount: positiveInteger.optional(),
  reason: z.enum(["duplicate", "fraudulent", "requested_by_customer"]).optional(),
  metadata: metadata.optional(),
  expand,
});

export type CreateRefundParams = z.infer<typeof createRefundParams>;

function chargeToRefund(ctx: EmulatorContext, params: CreateRefundParams): Charge {
  if (params.payment_intent) {
    const intent = ctx.store.paymentIntents.get(params.payment_intent);
    if (!intent) throw resourceMissing("payment_intent", params.payment_intent, "payment_intent");
    const charge = intent.latest_charge ? ctx.store.charges.get(intent.latest_charge) : undefined;
    if (intent.status !== "succeeded" || !charge) {
      throw invalidRequest(
        `This PaymentIntent (${intent.id}) does not have a successful charge to refund.`,
        "payment_intent",
      );
    }
    if (params.charge && params.charge !== charge.id) {
      throw invalidRequest("The charge does not belong to this PaymentIntent.", "charge");
    }
    return charge;
  }
  if (params.charge) {
    const charge = ctx.store.charges.get(params.charge);
    if (!charge) throw resourceMissing("charge", params.charge, "charge");
    return charge;
  }
  throw invalidRequest(
    "One of `payment_intent` or `charge` is required.",
    "payment_intent",
    "parameter_missing",
  );
}

/**
 * Refunds all that remains of a payment, or `amount` of it. More than remains is refused with Stripe's
 * `amount_too_large`, a fully refunded charge with `charge_already_refunded`.
 */
export function createRefund(ctx: EmulatorContext, params: CreateRefundParams, request: RequestInfo): Refund {
  const charge = chargeToRefund(ctx, params);
  const remaining = charge.amount - charge.amount_refunded;
  if (remaining === 0) {
    throw invalidRequest(
      `Charge ${charge.id} has already been refunded.`,
      undefined,
      "charge_already_refunded",
    );
  }
  const amount = params.amount ?? remaining;
  if (amount > remaining) {
    throw invalidRequest(
      `Refund amount (${formatMinor(amount, charge.currency)}) is greater than unrefunded amount on charge (${formatMinor(remaining, charge.currency)})`,
      "amount",
      "amount_too_large",
    );
  }
  const refund: Refund = {
    id: newId("re"),
    object: "refund",
    amount,
    balance_transaction: null,
    charge: charge.id,
    created: ctx.clock.now(),
    currency: charge.currency,
    metadata: params.metadata ?? {},
    payment_intent: charge.payment_intent,
    reason: params.reason ?? null,
    status: "succeeded",
  };
  ctx.store.refunds.set(refund.id, refund);
  const previous = { amount_refunded: charge.amount_refunded, refunded: charge.refunded };
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded === charge.amount;

  emitEvent(ctx, "refund.created", refund, request);
  // Since API version 2022-11-15 a charge no longer embeds its refunds, in events too: a handler reads
  // `amount_refunded` (cumulative) or lists the refunds.
  emitEvent(ctx, "charge.refunded", charge, request, previous);
  return refund;
}
