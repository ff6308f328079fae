import type Stripe from "stripe";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { refundKey } from "../idempotency";
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

/** A session paid through the hosted page; resolves with its PaymentIntent id. */
async function paidPaymentIntent(amount = 2500): Promise<string> {
  const session = await fixture.stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [
      {
        price_data: { currency: "eur", unit_amount: amount, product_data: { name: "Coffret" } },
        quantity: 1,
      },
    ],
    customer_email: "sam@example.com",
    success_url: "https://shop.example/en/order/thanks",
  });
  await submitHostedPage(session.url ?? "", "success");
  const paid = await fixture.stripe.checkout.sessions.retrieve(session.id);
  if (typeof paid.payment_intent !== "string") throw new Error("The session was not paid");
  return paid.payment_intent;
}

async function chargeRefundedEvents(count: number): Promise<Stripe.Event[]> {
  await fixture.emulator.waitForIdle();
  const webhooks = fixture.receiver.received.filter((webhook) => webhookType(webhook) === "charge.refunded");
  expect(webhooks).toHaveLength(count);
  return webhooks.map((webhook) => verifyWebhook(webhook.rawBody, webhook.signature, TEST_WEBHOOK_SECRET));
}

describe("refunds", () => {
  it("refunds part, then the rest, each announced by charge.refunded with the cumulative amount", async () => {
    const paymentIntent = await paidPaymentIntent(2500);

    const partial = await fixture.stripe.refunds.create(
      { payment_intent: paymentIntent, amount: 1000, reason: "requested_by_customer" },
      { idempotencyKey: refundKey("order_1", 1) },
    );
    expect(partial).toMatchObject({
      object: "refund",
      amount: 1000,
      currency: "eur",
      status: "succeeded",
      payment_intent: paymentIntent,
    });
    const rest = await fixture.stripe.refunds.create(
      { payment_intent: paymentIntent },
      { idempotencyKey: refundKey("order_1", 2) },
    );
    expect(rest.amount).toBe(1500);

    const [first, second] = await chargeRefundedEvents(2);
    expect(first?.data.object).toMatchObject({
      object: "charge",
      payment_intent: paymentIntent,
      amount: 2500,
      amount_refunded: 1000,
      refunded: false,
    });
    expect(first?.data.previous_attributes).toEqual({ amount_refunded: 0, refunded: false });
    expect(second?.data.object).toMatchObject({ amount_refunded: 2500, refunded: true });
    // The refunds themselves are one request away, newest first.
    const charge = await fixture.stripe.charges.retrieve(partial.charge as string, { expand: ["refunds"] });
    expect(charge.refunds?.data.map((refund) => refund.id)).toEqual([rest.id, partial.id]);
    expect((await fixture.stripe.refunds.retrieve(partial.id)).amount).toBe(1000);
  });

  it("replays a refund sent again with the same idempotency key instead of refunding twice", async () => {
    const paymentIntent = await paidPaymentIntent(2500);
    const first = await fixture.stripe.refunds.create(
      { payment_intent: paymentIntent, amount: 700 },
      { idempotencyKey: refundKey("order_1", 1) },
    );
    const again = await fixture.stripe.refunds.create(
      { payment_intent: paymentIntent, amount: 700 },
      { idempotencyKey: refundKey("order_1", 1) },
    );

    expect(again.id).toBe(first.id);
    const refunds = await fixture.stripe.refunds.list({ payment_intent: paymentIntent });
    expect(refunds.data).toHaveLength(1);
    await chargeRefundedEvents(1);
  });

  it("refuses to refund more than remains, and anything once all is refunded", async () => {
    const paymentIntent = await paidPaymentIntent(2500);
    await fixture.stripe.refunds.create({ payment_intent: paymentIntent, amount: 2000 });

    await expect(
      fixture.stripe.refunds.create({ payment_intent: paymentIntent, amount: 600 }),
    ).rejects.toMatchObject({
      type: "StripeInvalidRequestError",
      code: "amount_too_large",
      param: "amount",
    });
    await fixture.stripe.refunds.create({ payment_intent: paymentIntent });
    await expect(fixture.stripe.refunds.create({ payment_intent: paymentIntent })).rejects.toMatchObject({
      code: "charge_already_refunded",
    });
    await chargeRefundedEvents(2);
  });

  it("refuses to refund a PaymentIntent that was never paid, or one that does not exist", async () => {
    const session = await fixture.stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [
        { price_data: { currency: "eur", unit_amount: 900, product_data: { name: "Tasse" } }, quantity: 1 },
      ],
      customer_email: "sam@example.com",
      success_url: "https://shop.example/en/order/thanks",
    });
    await submitHostedPage(session.url ?? "", "declined");
    const unpaid = (await fixture.stripe.checkout.sessions.retrieve(session.id)).payment_intent as string;

    await expect(fixture.stripe.refunds.create({ payment_intent: unpaid })).rejects.toMatchObject({
      type: "StripeInvalidRequestError",
      param: "payment_intent",
    });
    await expect(fixture.stripe.refunds.create({ payment_intent: "pi_missing" })).rejects.toMatchObject({
      code: "resource_missing",
    });
  });
});
