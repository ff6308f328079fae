import { randomUUID } from "node:crypto";
import { useTestDatabase } from "@comptoir/db/testing";
import type { Stripe } from "@comptoir/payments";
import { describe, expect, it } from "vitest";
import { createTestOrder, createTestProduct, recordingJobSender } from "../testing";
import { handlePaymentEvent } from "./handle-payment-event";

// Events shaped as Stripe sends them (only the fields the handler reads, plus identity).
function stripeEvent(
  type: string,
  object: Record<string, unknown>,
  created = Date.now() / 1000,
): Stripe.Event {
  return {
    id: `evt_${randomUUID().replaceAll("-", "")}`,
    object: "event",
    type,
    created: Math.floor(created),
    livemode: false,
    api_version: "2025-01-01",
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object },
  } as unknown as Stripe.Event;
}

describe("handlePaymentEvent", () => {
  const database = useTestDatabase("payment_events");
  const db = () => database.db;

  async function pendingOrder(stock = 3) {
    const product = await createTestProduct(db(), { variants: [{ stock, priceAmount: 2500 }] });
    const variantId = product.variantIds[0]!;
    const order = await createTestOrder(db(), { lines: [{ variantId, quantity: 1, unitAmount: 2500 }] });
    return { ...order, variantId };
  }
  const completed = (
    order: { id: string; stripeCheckoutSessionId: string | null },
    intent = `pi_${order.id}`,
  ) =>
    stripeEvent("checkout.session.completed", {
      id: order.stripeCheckoutSessionId,
      object: "checkout.session",
      client_reference_id: order.id,
      payment_status: "paid",
      status: "complete",
      payment_intent: intent,
    });
  const statusOf = async (id: string) =>
    (await db().order.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

  it("pays an order once for the same event delivered five times, two of them at once", async () => {
    const order = await pendingOrder();
    const jobs = recordingJobSender();
    const event = completed(order);
    const results = [
      ...(await Promise.all([
        handlePaymentEvent(db(), event, { jobs }),
        handlePaymentEvent(db(), event, { jobs }),
      ])),
    ];
    for (let i = 0; i < 3; i += 1) results.push(await handlePaymentEvent(db(), event, { jobs }));

    expect(results.filter((result) => result === "processed")).toHaveLength(1);
    expect(results.filter((result) => result === "duplicate")).toHaveLength(4);
    expect(await statusOf(order.id)).toBe("PAID");
    expect(jobs.sent).toEqual([{ name: "email.order-confirmation", data: { orderId: order.id } }]);
    const events = await db().orderEvent.findMany({ where: { orderId: order.id, toStatus: "PAID" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      fromStatus: "PENDING",
      actor: "PAYMENT_PROVIDER",
      type: "payment_succeeded",
    });
    const reservation = await db().stockReservation.findFirstOrThrow({ where: { orderId: order.id } });
    expect(reservation.state).toBe("CONSUMED");
  });

  it("treats a different event with the same news as no change (webhook and reconciliation racing)", async () => {
    const order = await pendingOrder();
    const jobs = recordingJobSender();
    expect(await handlePaymentEvent(db(), completed(order), { jobs })).toBe("processed");
    expect(await handlePaymentEvent(db(), completed(order), { jobs })).toBe("processed");
    expect(jobs.sent).toHaveLength(1);
  });

  it("keeps a paid order paid when an expiry arrives after it", async () => {
    const order = await pendingOrder();
    const jobs = recordingJobSender();
    await handlePaymentEvent(db(), completed(order), { jobs });
    const expired = stripeEvent("checkout.session.expired", {
      id: order.stripeCheckoutSessionId,
      client_reference_id: order.id,
      status: "expired",
    });
    await handlePaymentEvent(db(), expired, { jobs });
    expect(await statusOf(order.id)).toBe("PAID");
  });

  it("settles a refund that arrives before the payment's own event, then ignores the late one", async () => {
    const order = await pendingOrder();
    const jobs = recordingJobSender();
    const refund = (amount: number) =>
      stripeEvent("charge.refunded", {
        id: "ch_1",
        object: "charge",
        paid: true,
        payment_intent: "pi_refund",
        amount: 2500,
        amount_refunded: amount,
        metadata: { orderId: order.id },
      });
    await handlePaymentEvent(db(), refund(1000), { jobs });
    await handlePaymentEvent(db(), completed(order, "pi_refund"), { jobs });
    let stored = await db().order.findUniqueOrThrow({ where: { id: order.id } });
    expect(stored).toMatchObject({ status: "PARTIALLY_REFUNDED", refundedAmount: 1000 });

    // An older, smaller refund total delivered late changes nothing; the full refund ends it.
    await handlePaymentEvent(db(), refund(500), { jobs });
    await handlePaymentEvent(db(), refund(2500), { jobs });
    stored = await db().order.findUniqueOrThrow({ where: { id: order.id } });
    expect(stored).toMatchObject({ status: "REFUNDED", refundedAmount: 2500 });
    expect(jobs.sent).toHaveLength(1);
  });

  it("releases the stock of an expired checkout, and records a payment that comes after", async () => {
    const order = await pendingOrder(1);
    const jobs = recordingJobSender();
    const expired = stripeEvent("checkout.session.expired", {
      id: order.stripeCheckoutSessionId,
      client_reference_id: order.id,
    });
    await handlePaymentEvent(db(), expired, { jobs });
    expect(await statusOf(order.id)).toBe("CANCELLED");
    const variant = await db().variant.findUniqueOrThrow({ where: { id: order.variantId } });
    expect(variant.stock).toBe(1);

    await handlePaymentEvent(db(), completed(order), { jobs });
    expect(await statusOf(order.id)).toBe("CANCELLED");
    const attention = await db().orderEvent.count({
      where: { orderId: order.id, type: "payment_after_cancellation" },
    });
    expect(attention).toBe(1);
    expect(jobs.sent).toHaveLength(0);
  });

  it("records a declined payment without changing the order or its stock", async () => {
    const order = await pendingOrder(2);
    const jobs = recordingJobSender();
    const failed = stripeEvent("payment_intent.payment_failed", {
      id: "pi_failed",
      object: "payment_intent",
      metadata: { orderId: order.id },
      last_payment_error: { code: "card_declined", decline_code: "generic_decline" },
    });
    expect(await handlePaymentEvent(db(), failed, { jobs })).toBe("processed");
    expect(await statusOf(order.id)).toBe("PENDING");
    const event = await db().orderEvent.findFirstOrThrow({
      where: { orderId: order.id, type: "payment_failed" },
    });
    expect(event.data).toMatchObject({ code: "card_declined" });
  });

  it("records and ignores events it has no use for, and events about unknown orders", async () => {
    const jobs = recordingJobSender();
    expect(await handlePaymentEvent(db(), stripeEvent("customer.created", { id: "cus_1" }), { jobs })).toBe(
      "ignored",
    );
    const unknown = completed({ id: "nope", stripeCheckoutSessionId: "cs_unknown" });
    expect(await handlePaymentEvent(db(), unknown, { jobs })).toBe("ignored");
    expect(await db().paymentEvent.count({ where: { processedAt: { not: null } } })).toBeGreaterThanOrEqual(
      2,
    );
  });
});
