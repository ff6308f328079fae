import { randomUUID } from "node:crypto";
import { useTestDatabase } from "@comptoir/db/testing";
import { createStripe } from "@comptoir/payments";
import { startEmulatorFixture, submitHostedPage, type EmulatorFixture } from "@comptoir/payments/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addItem } from "../cart/change-line";
import { startCheckout } from "../checkout/start-checkout";
import { isDomainError } from "../errors";
import { createSellingTerms, createTestProduct, recordingJobSender } from "../testing";
import { handlePaymentEvent } from "./handle-payment-event";
import { reconcilePendingOrders } from "./reconcile-pending-orders";
import { refundOrder, type RefundRequest } from "./refund-order";

// Paid orders on the payment emulator (a real Stripe SDK against a real HTTP server), refunded as
// staff would: the money really moves on the emulator, which sends `charge.refunded` as Stripe does.
describe("refundOrder", () => {
  const database = useTestDatabase("refunds");
  let stripeFixture: EmulatorFixture;
  let rateId: string;
  const jobs = recordingJobSender();
  const staffId = "staff-refunds";

  beforeAll(async () => {
    stripeFixture = await startEmulatorFixture();
    rateId = (await createSellingTerms(database.db)).frStandard;
  });
  afterAll(async () => {
    await stripeFixture?.close();
  });

  /** An order of `quantity` units at 15.00, paid on the emulator and settled. */
  async function paidOrder(quantity = 2) {
    const product = await createTestProduct(database.db, { variants: [{ stock: 10, priceAmount: 1500 }] });
    const variantId = product.variantIds[0]!;
    const { cartId } = await addItem(database.db, { cartId: null, locale: "fr", variantId, quantity });
    const started = await startCheckout(
      database.db,
      {
        cartId,
        userId: null,
        locale: "fr",
        email: "refund@example.com",
        address: { name: "Inès", line1: "2 rue Haute", city: "Lyon", postalCode: "69001", country: "FR" },
        shippingRateId: rateId,
      },
      {
        stripe: stripeFixture.stripe,
        effects: { jobs },
        returnUrls: () => ({ successUrl: "https://shop.example/ok", cancelUrl: "https://shop.example/ko" }),
      },
    );
    expect((await submitHostedPage(started.paymentUrl, "success")).status).toBe(303);
    await reconcilePendingOrders(database.db, {
      stripe: stripeFixture.stripe,
      effects: { jobs },
      graceMs: 0,
    });
    return database.db.order.findUniqueOrThrow({
      where: { id: started.orderId },
      include: { items: true },
    });
  }

  const request = (orderId: string, input: Partial<RefundRequest>): RefundRequest => ({
    orderId,
    refundId: randomUUID(),
    staffId,
    limit: null,
    ...input,
  });
  const deps = () => ({ stripe: stripeFixture.stripe, jobs });
  const orderOf = (id: string) =>
    database.db.order.findUniqueOrThrow({ where: { id }, select: { status: true, refundedAmount: true } });
  const providerRefundsOf = async (paymentIntent: string) =>
    (await stripeFixture.stripe.refunds.list({ payment_intent: paymentIntent })).data;

  it("refunds part of an order through the provider; the webhook that follows changes nothing more", async () => {
    const order = await paidOrder();
    expect(order.status).toBe("PAID");
    const refund = await refundOrder(
      database.db,
      request(order.id, { amount: 1000, reason: "Pot fêlé" }),
      deps(),
    );
    expect(refund).toMatchObject({ amount: 1000, status: "succeeded", currency: order.currency });
    expect(await orderOf(order.id)).toEqual({ status: "PARTIALLY_REFUNDED", refundedAmount: 1000 });
    const onProvider = await providerRefundsOf(order.stripePaymentIntentId!);
    expect(onProvider.map((r) => r.amount)).toEqual([1000]);

    // charge.refunded, as the emulator delivered it: the order already says so.
    const webhook = await stripeFixture.receiver.waitFor((hook) =>
      hook.rawBody.includes('"charge.refunded"'),
    );
    const event = JSON.parse(webhook.rawBody);
    await handlePaymentEvent(database.db, event, { jobs });
    expect(await orderOf(order.id)).toEqual({ status: "PARTIALLY_REFUNDED", refundedAmount: 1000 });
    const timeline = await database.db.orderEvent.findMany({
      where: { orderId: order.id, type: { startsWith: "refund" } },
    });
    expect(timeline.map((entry) => entry.type).sort()).toEqual(["refund", "refund_requested"]);
  });

  it("refunds units of a line at their share of the line, and the rest of the order in full", async () => {
    const order = await paidOrder(2);
    const line = order.items[0]!;
    await refundOrder(
      database.db,
      request(order.id, { lines: [{ orderItemId: line.id, quantity: 1 }] }),
      deps(),
    );
    expect(await orderOf(order.id)).toEqual({
      status: "PARTIALLY_REFUNDED",
      refundedAmount: Math.round(line.totalAmount / 2),
    });
    const rest = order.totalAmount - Math.round(line.totalAmount / 2);
    await refundOrder(database.db, request(order.id, { amount: rest }), deps());
    expect(await orderOf(order.id)).toEqual({ status: "REFUNDED", refundedAmount: order.totalAmount });
  });

  it("refunds once when the same form is submitted twice at the same moment", async () => {
    const order = await paidOrder();
    const same = request(order.id, { amount: 500 });
    const results = await Promise.all([
      refundOrder(database.db, same, deps()),
      refundOrder(database.db, same, deps()),
      refundOrder(database.db, same, deps()),
    ]);
    expect(new Set(results.map((result) => result.id))).toEqual(new Set([same.refundId]));
    expect(await providerRefundsOf(order.stripePaymentIntentId!)).toHaveLength(1);
    expect(await database.db.refund.count({ where: { orderId: order.id } })).toBe(1);
    expect((await orderOf(order.id)).refundedAmount).toBe(500);
  });

  it("never refunds more than was paid, even with two staff members at once", async () => {
    const order = await paidOrder();
    const outcomes = await Promise.allSettled([
      refundOrder(database.db, request(order.id, { amount: order.totalAmount - 100 }), deps()),
      refundOrder(database.db, request(order.id, { amount: order.totalAmount - 100 }), deps()),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((outcome) => outcome.status === "rejected");
    expect(isDomainError(refused?.reason, "REFUND_EXCEEDS_BALANCE")).toBe(true);
    expect(await providerRefundsOf(order.stripePaymentIntentId!)).toHaveLength(1);
    await expect(refundOrder(database.db, request(order.id, { amount: 101 }), deps())).rejects.toMatchObject({
      code: "REFUND_EXCEEDS_BALANCE",
    });
  });

  it("refuses above the staff member's limit, bad amounts and lines, and unpaid orders, changing nothing", async () => {
    const order = await paidOrder();
    const refusals: [Partial<RefundRequest>, string][] = [
      [{ amount: 2000, limit: 1999 }, "REFUND_LIMIT_EXCEEDED"],
      [{ amount: 0 }, "REFUND_EXCEEDS_BALANCE"],
      [{ amount: -5 }, "REFUND_EXCEEDS_BALANCE"],
      [{ amount: 1.5 }, "REFUND_EXCEEDS_BALANCE"],
      [{ lines: [{ orderItemId: order.items[0]!.id, quantity: 3 }] }, "REFUND_EXCEEDS_BALANCE"],
      [{ lines: [{ orderItemId: "not-an-item", quantity: 1 }] }, "NOT_FOUND"],
    ];
    for (const [input, code] of refusals) {
      await expect(refundOrder(database.db, request(order.id, input), deps())).rejects.toMatchObject({
        code,
      });
    }
    expect(await database.db.refund.count({ where: { orderId: order.id } })).toBe(0);
    expect(await providerRefundsOf(order.stripePaymentIntentId!)).toHaveLength(0);
    expect(await orderOf(order.id)).toEqual({ status: "PAID", refundedAmount: 0 });

    const product = await createTestProduct(database.db, { variants: [{ stock: 5 }] });
    const { cartId } = await addItem(database.db, {
      cartId: null,
      locale: "fr",
      variantId: product.variantIds[0]!,
      quantity: 1,
    });
    const unpaid = await startCheckout(
      database.db,
      {
        cartId,
        userId: null,
        locale: "fr",
        email: "unpaid@example.com",
        address: { name: "Léa", line1: "5 rue Basse", city: "Lyon", postalCode: "69002", country: "FR" },
        shippingRateId: rateId,
      },
      {
        stripe: stripeFixture.stripe,
        effects: { jobs },
        returnUrls: () => ({ successUrl: "https://s/ok", cancelUrl: "https://s/ko" }),
      },
    );
    await expect(
      refundOrder(database.db, request(unpaid.orderId, { amount: 100 }), deps()),
    ).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
    });
  });

  it("records a refund the provider could not make as failed, leaving the amount free to refund", async () => {
    const order = await paidOrder();
    const unreachable = createStripe({
      env: { NODE_ENV: "test", STRIPE_EMULATOR_URL: "http://127.0.0.1:9" },
    });
    const first = request(order.id, { amount: order.totalAmount });
    await expect(refundOrder(database.db, first, { stripe: unreachable, jobs })).rejects.toMatchObject({
      code: "PAYMENT_UNAVAILABLE",
    });
    expect(await database.db.refund.findUniqueOrThrow({ where: { id: first.refundId } })).toMatchObject({
      status: "failed",
    });
    const retried = await refundOrder(database.db, request(order.id, { amount: order.totalAmount }), deps());
    expect(retried.status).toBe("succeeded");
    expect(await orderOf(order.id)).toEqual({ status: "REFUNDED", refundedAmount: order.totalAmount });
  });

  it("refunds an order cancelled after its payment whose money did not all go back, and it stays cancelled", async () => {
    const order = await paidOrder();
    // As a cancellation leaves it when the provider refused its refund: cancelled, nothing refunded.
    await database.db.order.update({
      where: { id: order.id },
      data: { status: "CANCELLED", cancelledAt: new Date() },
    });
    const refund = await refundOrder(database.db, request(order.id, { amount: order.totalAmount }), deps());
    expect(refund.status).toBe("succeeded");
    expect(await orderOf(order.id)).toEqual({ status: "CANCELLED", refundedAmount: order.totalAmount });
    await expect(refundOrder(database.db, request(order.id, { amount: 1 }), deps())).rejects.toMatchObject({
      code: "REFUND_EXCEEDS_BALANCE",
    });
  });
});
