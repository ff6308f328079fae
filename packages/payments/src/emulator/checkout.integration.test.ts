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

function sessionParams(orderId = "order_1"): Stripe.Checkout.SessionCreateParams {
  return {
    mode: "payment",
    line_items: [
      {
        price_data: { currency: "eur", unit_amount: 1250, product_data: { name: "Thé Sencha 100 g" } },
        quantity: 2,
      },
      { price_data: { currency: "eur", unit_amount: 490, product_data: { name: "Livraison" } }, quantity: 1 },
    ],
    customer_email: "claire@example.com",
    client_reference_id: orderId,
    metadata: { orderId },
    payment_intent_data: { metadata: { orderId } },
    success_url: "https://shop.example/fr/commande/merci?session_id={CHECKOUT_SESSION_ID}",
    cancel_url: "https://shop.example/fr/panier",
    locale: "fr",
  };
}

describe("Checkout Sessions through the real SDK", () => {
  it("creates an open, unpaid session whose url is the emulator's hosted page", async () => {
    const session = await fixture.stripe.checkout.sessions.create(sessionParams());

    expect(session).toMatchObject({
      object: "checkout.session",
      mode: "payment",
      status: "open",
      payment_status: "unpaid",
      amount_total: 2990,
      amount_subtotal: 2990,
      currency: "eur",
      customer_email: "claire@example.com",
      client_reference_id: "order_1",
      metadata: { orderId: "order_1" },
      locale: "fr",
      payment_intent: null,
      livemode: false,
    });
    expect(session.id).toMatch(/^cs_test_/);
    expect(session.url).toBe(`${fixture.emulator.url}/checkout/${session.id}`);
    expect(session.expires_at - session.created).toBe(24 * 60 * 60);
  });

  it("replays the first session for a repeated idempotency key, and refuses the key with other parameters", async () => {
    const first = await fixture.stripe.checkout.sessions.create(sessionParams(), {
      idempotencyKey: "checkout:order_1",
    });
    const again = await fixture.stripe.checkout.sessions.create(sessionParams(), {
      idempotencyKey: "checkout:order_1",
    });

    expect(again.id).toBe(first.id);
    expect(fixture.emulator.checkoutSessions()).toHaveLength(1);
    await expect(
      fixture.stripe.checkout.sessions.create(sessionParams("order_2"), {
        idempotencyKey: "checkout:order_1",
      }),
    ).rejects.toMatchObject({ type: "StripeIdempotencyError" });
  });

  it("retrieves a session with its line items and, once paid, its PaymentIntent expanded", async () => {
    const created = await fixture.stripe.checkout.sessions.create(sessionParams());
    const open = await fixture.stripe.checkout.sessions.retrieve(created.id, { expand: ["line_items"] });
    expect(open.line_items?.data.map((item) => [item.description, item.quantity, item.amount_total])).toEqual(
      [
        ["Thé Sencha 100 g", 2, 2500],
        ["Livraison", 1, 490],
      ],
    );

    await submitHostedPage(created.url ?? "", "success");
    const paid = await fixture.stripe.checkout.sessions.retrieve(created.id, { expand: ["payment_intent"] });
    const intent = paid.payment_intent as Stripe.PaymentIntent;
    expect(intent).toMatchObject({
      object: "payment_intent",
      status: "succeeded",
      amount: 2990,
      amount_received: 2990,
    });
    expect(intent.metadata).toEqual({ orderId: "order_1" });

    const deep = await fixture.stripe.checkout.sessions.retrieve(created.id, {
      expand: ["payment_intent.latest_charge", "line_items"],
    });
    const charge = (deep.payment_intent as Stripe.PaymentIntent).latest_charge as Stripe.Charge;
    expect(charge).toMatchObject({ object: "charge", amount: 2990, paid: true, amount_refunded: 0 });
    await expect(
      fixture.stripe.checkout.sessions.retrieve(created.id, { expand: ["customer_email"] }),
    ).rejects.toMatchObject({
      param: "expand",
    });
  });

  it("pays through the hosted page, redirects to success_url and delivers a verifiable checkout.session.completed", async () => {
    const session = await fixture.stripe.checkout.sessions.create(sessionParams());

    const response = await submitHostedPage(session.url ?? "", "success");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(
      `https://shop.example/fr/commande/merci?session_id=${session.id}`,
    );

    const webhook = await fixture.receiver.waitFor(
      (received) => webhookType(received) === "checkout.session.completed",
    );
    const event = verifyWebhook(webhook.rawBody, webhook.signature, TEST_WEBHOOK_SECRET);
    expect(event).toMatchObject({
      type: "checkout.session.completed",
      livemode: false,
      api_version: "2026-10-28.endive",
    });
    expect(event.id).toMatch(/^evt_/);
    const completed = event.data.object as Stripe.Checkout.Session;
    expect(completed).toMatchObject({
      id: session.id,
      status: "complete",
      payment_status: "paid",
      client_reference_id: "order_1",
      amount_total: 2990,
      customer_details: { email: "claire@example.com" },
    });
    expect(completed.payment_intent).toMatch(/^pi_/);

    const retrieved = await fixture.stripe.checkout.sessions.retrieve(session.id);
    expect(retrieved).toMatchObject({ status: "complete", payment_status: "paid", url: null });
    // Only the endpoint's enabled types are sent; every event is still recorded, as in Stripe.
    await fixture.emulator.waitForIdle();
    expect(fixture.receiver.received.map(webhookType)).toEqual(["checkout.session.completed"]);
    expect(fixture.emulator.events().map((recorded) => recorded.type)).toEqual([
      "charge.succeeded",
      "payment_intent.succeeded",
      "checkout.session.completed",
    ]);
  });

  it("answers resource_missing for an unknown session, as Stripe does", async () => {
    await expect(fixture.stripe.checkout.sessions.retrieve("cs_test_unknown")).rejects.toMatchObject({
      type: "StripeInvalidRequestError",
      statusCode: 404,
      code: "resource_missing",
    });
  });
});
