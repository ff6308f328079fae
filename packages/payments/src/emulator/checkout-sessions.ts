import { invalidRequest, resourceMissing } from "./api-error";
import type { CreateSessionParams } from "./checkout-session-params";
import type { EmulatorContext, RequestInfo } from "./context";
import { emitEvent } from "./events";
import { newId, randomToken } from "./ids";
import { MAXIMUM_AMOUNT, formatMinor, minimumCharge } from "./money";
import type { CheckoutSession, LineItem } from "./objects";

// Stripe's bounds for `expires_at`: between 30 minutes and 24 hours after creation.
const MIN_LIFETIME_SECONDS = 30 * 60;
const MAX_LIFETIME_SECONDS = 24 * 60 * 60;

function buildLineItems(params: CreateSessionParams): LineItem[] {
  return params.line_items.map((item, index) => {
    if (item.price !== undefined) {
      // Stripe answers 400 for an unknown object named in the parameters.
      throw invalidRequest(
        `No such price: '${item.price}' (the Stripe emulator supports \`price_data\` only)`,
        `line_items[${index}][price]`,
        "resource_missing",
      );
    }
    if (!item.price_data) {
      throw invalidRequest(
        "You must specify either `price` or `price_data` in each line item.",
        `line_items[${index}]`,
      );
    }
    const { currency, unit_amount, product_data, tax_behavior } = item.price_data;
    const amount = unit_amount * item.quantity;
    return {
      id: newId("li"),
      object: "item",
      amount_discount: 0,
      amount_subtotal: amount,
      amount_tax: 0,
      amount_total: amount,
      currency,
      description: product_data.name,
      metadata: {},
      price: {
        id: newId("price"),
        object: "price",
        active: false,
        currency,
        livemode: false,
        product: newId("prod", 14),
        tax_behavior: tax_behavior ?? "unspecified",
        type: "one_time",
        unit_amount,
      },
      quantity: item.quantity,
    };
  });
}

export function createCheckoutSession(ctx: EmulatorContext, params: CreateSessionParams): CheckoutSession {
  if (params.mode !== "payment") {
    throw invalidRequest("The Stripe emulator implements mode=payment only.", "mode");
  }
  const lineItems = buildLineItems(params);
  const currency = lineItems[0]?.currency ?? "eur";
  if (lineItems.some((item) => item.currency !== currency)) {
    throw invalidRequest("All line items of a Checkout Session must use the same currency.", "line_items");
  }
  const total = lineItems.reduce((sum, item) => sum + item.amount_total, 0);
  if (total > MAXIMUM_AMOUNT) {
    throw invalidRequest(
      `The total amount due must be no more than ${formatMinor(MAXIMUM_AMOUNT, currency)}.`,
      "line_items",
    );
  }
  if (total < minimumCharge(currency)) {
    throw invalidRequest(
      `The Checkout Session's total amount due must add up to at least ${formatMinor(minimumCharge(currency), currency)} ${currency}`,
      "line_items",
    );
  }
  const createdMs = ctx.clock.nowMs();
  const created = Math.floor(createdMs / 1000);
  const expiresAt = params.expires_at ?? created + MAX_LIFETIME_SECONDS;
  // Measured from the moment of creation, to the millisecond: "now + 30 minutes" computed by the caller
  // is already short of it when the request arrives, and Stripe rejects it whenever latency crosses a
  // second. Rejecting it every time here makes the mistake visible in development, not in production.
  if (expiresAt * 1000 < createdMs + MIN_LIFETIME_SECONDS * 1000) {
    throw invalidRequest(
      "The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.",
      "expires_at",
    );
  }
  if (expiresAt > created + MAX_LIFETIME_SECONDS) {
    throw invalidRequest(
      "The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.",
      "expires_at",
    );
  }

  const id = `cs_test_${randomToken(58)}`;
  const session: CheckoutSession = {
    id,
    object: "checkout.session",
    amount_subtotal: total,
    amount_total: total,
    cancel_url: params.cancel_url ?? null,
    client_reference_id: params.client_reference_id ?? null,
    created,
    currency,
    customer: null,
    customer_details: null,
    customer_email: params.customer_email ?? null,
    expires_at: expiresAt,
    livemode: false,
    locale: params.locale ?? null,
    metadata: params.metadata ?? {},
    mode: "payment",
    payment_intent: null,
    payment_method_types: ["card"],
    payment_status: "unpaid",
    status: "open",
    success_url: params.success_url,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: "hosted",
    url: `${ctx.publicUrl}/checkout/${id}`,
  };
  ctx.store.sessions.set(id, session);
  ctx.store.lineItems.set(id, lineItems);
  ctx.store.paymentIntentData.set(id, {
    description: params.payment_intent_data?.description ?? null,
    metadata: params.payment_intent_data?.metadata ?? {},
    receiptEmail: params.payment_intent_data?.receipt_email ?? null,
  });
  ctx.scheduleExpiry(id);
  return session;
}

export function getCheckoutSession(ctx: EmulatorContext, id: string): CheckoutSession {
  const session = ctx.store.sessions.get(id);
  if (!session) throw resourceMissing("checkout.session", id, "session");
  return session;
}

/**
 * Ends an open session without payment, by the API or at its `expires_at`. As Stripe does, a payment
 * attempt left unfinished (a declined card) is cancelled with it.
 */
export function expireCheckoutSession(
  ctx: EmulatorContext,
  id: string,
  request: RequestInfo,
): CheckoutSession {
  const session = getCheckoutSession(ctx, id);
  if (session.status !== "open") {
    throw invalidRequest(
      `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${session.status}".`,
    );
  }
  const previous = { status: session.status, url: session.url };
  session.status = "expired";
  session.url = null;

  const intent = session.payment_intent ? ctx.store.paymentIntents.get(session.payment_intent) : undefined;
  if (intent && intent.status === "requires_payment_method") {
    intent.status = "canceled";
    intent.canceled_at = ctx.clock.now();
    intent.cancellation_reason = "abandoned";
    emitEvent(ctx, "payment_intent.canceled", intent, request, { status: "requires_payment_method" });
  }
  emitEvent(ctx, "checkout.session.expired", session, request, previous);
  return session;
}
