// POST /webhooks/stripe: Stripe's (or the emulator's) events. The signature is checked on the raw
// body, byte for byte as received; anything unsigned, tampered with or older than five minutes gets a
// 400 and changes nothing. A 2xx tells Stripe to stop delivering; a 5xx makes it retry later, so a
// failure while applying the event rolls everything back and answers 500.
import { orders } from "@comptoir/core";
import { getDb, type Db } from "@comptoir/db";
import { verifyWebhook, WebhookSignatureError } from "@comptoir/payments";
import { getSharedCommerce, type CommerceServices } from "./commerce";
import { countPaymentEvent } from "./commerce-metrics";

export async function handleStripeWebhook(
  request: Request,
  options: { db?: Db; commerce?: () => Promise<CommerceServices> } = {},
): Promise<Response> {
  if (request.method !== "POST") {
    return Response.json({ error: "method_not_allowed" }, { status: 405, headers: { Allow: "POST" } });
  }
  const payload = await request.text();
  const services = await (options.commerce ?? getSharedCommerce)();
  let event;
  try {
    event = verifyWebhook(payload, request.headers.get("stripe-signature"), services.webhookSecret);
  } catch (error) {
    if (error instanceof WebhookSignatureError) {
      countPaymentEvent(undefined, "rejected");
      return Response.json({ error: "invalid_signature" }, { status: 400 });
    }
    throw error;
  }
  try {
    const result = await orders.handlePaymentEvent(options.db ?? getDb(), event, services.effects);
    countPaymentEvent(event, result);
    return Response.json({ received: true, result });
  } catch (error) {
    countPaymentEvent(event, "failed");
    console.error(`[webhooks] ${event.type} ${event.id} failed:`, error);
    return Response.json({ error: "processing_failed" }, { status: 500 });
  }
}
