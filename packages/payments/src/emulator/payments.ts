import { getCheckoutSession } from "./checkout-sessions";
import { type EmulatorContext, NO_API_REQUEST } from "./context";
import { emitEvent } from "./events";
import { newId, randomToken } from "./ids";
import type { Charge, CheckoutSession, PaymentIntent } from "./objects";

/** The two test cards of the hosted page, after Stripe's own: 4242… succeeds, 4000 0000 0000 0002 is declined. */
export type TestCard = "success" | "declined";

export const TEST_CARDS: Record<TestCard, { brand: string; last4: string }> = {
  success: { brand: "visa", last4: "4242" },
  declined: { brand: "visa", last4: "0002" },
};

export type PaymentOutcome =
  | { kind: "paid"; redirectTo: string }
  | { kind: "declined"; message: string }
  | { kind: "not_open"; session: CheckoutSession };

const DECLINE = {
  type: "card_error",
  code: "card_declined",
  decline_code: "generic_decline",
  message: "Your card was declined.",
  doc_url: "https://docs.stripe.com/error-codes/card-declined",
} as const;

/** Checkout creates the PaymentIntent on the first attempt to pay, not with the session. */
function paymentIntentOf(ctx: EmulatorContext, session: CheckoutSession): PaymentIntent {
  const existing = session.payment_intent ? ctx.store.paymentIntents.get(session.payment_intent) : undefined;
  if (existing) return existing;
  const data = ctx.store.paymentIntentData.get(session.id);
  const id = newId("pi");
  const intent: PaymentIntent = {
    id,
    object: "payment_intent",
    amount: session.amount_total,
    amount_capturable: 0,
    amount_received: 0,
    capture_method: "automatic_async",
    client_secret: `${id}_secret_${randomToken(25)}`,
    confirmation_method: "automatic",
    created: ctx.clock.now(),
    canceled_at: null,
    cancellation_reason: null,
    currency: session.currency,
    description: data?.description ?? null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    metadata: { ...data?.metadata },
    payment_method: null,
    payment_method_types: ["card"],
    receipt_email: data?.receiptEmail ?? null,
    status: "requires_payment_method",
  };
  ctx.store.paymentIntents.set(id, intent);
  session.payment_intent = id;
  return intent;
}

function createCharge(
  ctx: EmulatorContext,
  intent: PaymentIntent,
  paymentMethod: string,
  email: string,
): Charge {
  const charge: Charge = {
    id: newId("ch"),
    object: "charge",
    amount: intent.amount,
    amount_captured: intent.amount,
    amount_refunded: 0,
    billing_details: { email, name: null },
    captured: true,
    created: ctx.clock.now(),
    currency: intent.currency,
    livemode: false,
    metadata: {},
    outcome: {
      network_status: "approved_by_network",
      reason: null,
      seller_message: "Payment complete.",
      type: "authorized",
    },
    paid: true,
    payment_intent: intent.id,
    payment_method: paymentMethod,
    payment_method_details: { type: "card", card: { ...TEST_CARDS.success, exp_month: 12, exp_year: 2034 } },
    refunded: false,
    status: "succeeded",
  };
  ctx.store.charges.set(charge.id, charge);
  return charge;
}

/**
 * The shopper submits the hosted page with a test card. Success completes the session and tells the
 * webhook endpoint; a decline records the failure on the PaymentIntent and leaves the session open, so
 * the shopper can try again, as on Stripe's page.
 */
export function payCheckoutSession(
  ctx: EmulatorContext,
  sessionId: string,
  card: TestCard,
  email: string,
): PaymentOutcome {
  const session = getCheckoutSession(ctx, sessionId);
  if (session.status !== "open") return { kind: "not_open", session };
  const intent = paymentIntentOf(ctx, session);
  const paymentMethod = newId("pm");
  intent.payment_method = paymentMethod;

  if (card === "declined") {
    intent.last_payment_error = { ...DECLINE };
    emitEvent(ctx, "payment_intent.payment_failed", intent, NO_API_REQUEST);
    return { kind: "declined", message: DECLINE.message };
  }

  const charge = createCharge(ctx, intent, paymentMethod, email);
  intent.status = "succeeded";
  intent.amount_received = intent.amount;
  intent.latest_charge = charge.id;
  intent.last_payment_error = null;
  session.status = "complete";
  session.payment_status = "paid";
  session.customer_details = { email, name: null };
  session.url = null;

  emitEvent(ctx, "charge.succeeded", charge, NO_API_REQUEST);
  emitEvent(ctx, "payment_intent.succeeded", intent, NO_API_REQUEST);
  emitEvent(ctx, "checkout.session.completed", session, NO_API_REQUEST);
  // Through URL, so that a Location header never carries a raw non-ASCII character.
  return {
    kind: "paid",
    redirectTo: new URL(session.success_url.replaceAll("{CHECKOUT_SESSION_ID}", session.id)).href,
  };
}
