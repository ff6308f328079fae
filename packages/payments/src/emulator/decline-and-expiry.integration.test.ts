import type Stripe from "stripe";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type EmulatorFixture, TEST_WEBHOOK_SECRET, startEmulatorFixture } from "../testing/emulator-fixture";
import { submitHostedPage } from "../testing/hosted-checkout";
import { webhookType } from "../testing/webhook-receiver";
import { verifyWebhook } from "../webhook";

let fixture: EmulatorFixture;

beforeEach(async () => {
  fixture = await startEmulatorFixture();
});

afterEach(async () => {
  await fixture.close();
});

const params = (
  overrides: Partial<Stripe.Checkout.SessionCreateParams> = {},
): Stripe.Checkout.SessionCreateParams => ({
  mode: "payment",
  line_items: [
    { price_data: { currency: "eur", unit_amount: 3200, product_data: { name: "Théière" } }, quantity: 1 },
  ],
  customer_email: "ines@example.com",
  client_reference_id: "order_9",
  payment_intent_data: { metadata: { orderId: "order_9" } },
  success_url: "https://shop.example/en/order/thanks?session_id={CHECKOUT_SESSION_ID}",
  cancel_url: "https://shop.example/en/cart",
  locale: "en",
  ...overrides,
});

async function receivedEvent(type: string): Promise<Stripe.Event> {
  const webhook = await fixture.receiver.waitFor((received) => webhookType(received) === type);
  return verifyWebhook(webhook.rawBody, webhook.signature, TEST_WEBHOOK_SECRET);
}

describe("declined card", () => {
  it("shows the decline, sends payment_intent.payment_failed, and lets the shopper pay again", async () => {
    const session = await fixture.stripe.checkout.sessions.create(params());

    const declined = await submitHostedPage(session.url ?? "", "declined");
    expect(declined.status).toBe(402);
    const page = await declined.text();
    expect(page).toContain('<p role="alert">Your card was declined. Try another card, or cancel.</p>');
    expect(page).toContain('href="https://shop.example/en/cart"');

    const failed = await receivedEvent("payment_intent.payment_failed");
    const intent = failed.data.object as Stripe.PaymentIntent;
    expect(intent).toMatchObject({
      status: "requires_payment_method",
      metadata: { orderId: "order_9" },
      last_payment_error: { type: "card_error", code: "card_declined", decline_code: "generic_decline" },
    });
    expect(await fixture.stripe.checkout.sessions.retrieve(session.id)).toMatchObject({
      status: "open",
      payment_status: "unpaid",
      payment_intent: intent.id,
    });

    const retry = await submitHostedPage(session.url ?? "", "success");
    expect(retry.status).toBe(303);
    const completed = await receivedEvent("checkout.session.completed");
    expect((completed.data.object as Stripe.Checkout.Session).payment_intent).toBe(intent.id);
    const paid = await fixture.stripe.paymentIntents.retrieve(intent.id);
    expect(paid).toMatchObject({ status: "succeeded", last_payment_error: null, amount_received: 3200 });
  });
});

describe("expiry", () => {
  it("expires an open session through the API and sends checkout.session.expired", async () => {
    const session = await fixture.stripe.checkout.sessions.create(params());

    const expired = await fixture.stripe.checkout.sessions.expire(
      session.id,
      {},
      { idempotencyKey: `expire:${session.id}` },
    );
    expect(expired).toMatchObject({ id: session.id, status: "expired", url: null });

    const event = await receivedEvent("checkout.session.expired");
    expect(event.data.object).toMatchObject({
      id: session.id,
      status: "expired",
      client_reference_id: "order_9",
    });
    expect(event.data.previous_attributes).toMatchObject({ status: "open" });
    expect(event.request).toMatchObject({ idempotency_key: `expire:${session.id}` });

    await expect(fixture.stripe.checkout.sessions.expire(session.id)).rejects.toMatchObject({
      type: "StripeInvalidRequestError",
    });
    const page = await fetch(session.url ?? "");
    expect(page.status).toBe(410);
    expect(await page.text()).toContain("This checkout session has expired.");
  });

  it("cancels a declined attempt's PaymentIntent when its session expires", async () => {
    const session = await fixture.stripe.checkout.sessions.create(params());
    await submitHostedPage(session.url ?? "", "declined");
    await fixture.stripe.checkout.sessions.expire(session.id);

    const retrieved = await fixture.stripe.checkout.sessions.retrieve(session.id, {
      expand: ["payment_intent"],
    });
    expect(retrieved.payment_intent).toMatchObject({ status: "canceled", cancellation_reason: "abandoned" });
  });

  it("expires a session by itself once its expires_at has passed", async () => {
    const created = Math.floor(Date.now() / 1000);
    const session = await fixture.stripe.checkout.sessions.create(params({ expires_at: created + 31 * 60 }));
    expect(session.expires_at).toBe(created + 31 * 60);

    // Moved to one or two seconds before expires_at, the session is still open…
    fixture.emulator.advanceClock(31 * 60 - 2);
    expect((await fixture.stripe.checkout.sessions.retrieve(session.id)).status).toBe("open");
    // …until its timer fires, in real time, without anyone asking.

    const event = await receivedEvent("checkout.session.expired");
    expect(event.data.object).toMatchObject({ id: session.id, status: "expired" });
    expect(event.request).toEqual({ id: null, idempotency_key: null });
  });

  it("refuses an expires_at outside Stripe's 30 minutes to 24 hours, counted from the session's creation", async () => {
    const now = Math.floor(Date.now() / 1000);
    // "Now + 30 minutes" computed before the request is already too short when it arrives.
    for (const expiresAt of [now + 60, now + 30 * 60, now + 25 * 60 * 60]) {
      await expect(
        fixture.stripe.checkout.sessions.create(params({ expires_at: expiresAt })),
      ).rejects.toMatchObject({
        type: "StripeInvalidRequestError",
        param: "expires_at",
      });
    }
    const withMargin = await fixture.stripe.checkout.sessions.create(params({ expires_at: now + 31 * 60 }));
    expect(withMargin.expires_at).toBe(now + 31 * 60);
  });
});
