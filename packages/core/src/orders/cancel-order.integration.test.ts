import { useTestDatabase } from "@comptoir/db/testing";
import { startEmulatorFixture, submitHostedPage, type EmulatorFixture } from "@comptoir/payments/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addItem } from "../cart/change-line";
import { startCheckout } from "../checkout/start-checkout";
import { isDomainError } from "../errors";
import { createSellingTerms, createTestProduct, recordingJobSender } from "../testing";
import { cancelOrder, cancellationRefundId, type CancelRequest } from "./cancel-order";
import { reconcilePendingOrders } from "./reconcile-pending-orders";

// Orders checked out on the payment emulator (a real Stripe SDK against a real HTTP server), then
// cancelled as staff would: the payment page is really closed, the money really goes back.
describe("cancelOrder", () => {
  const database = useTestDatabase("cancel_order");
  let stripeFixture: EmulatorFixture;
  let rateId: string;
  const jobs = recordingJobSender();
  const staffId = "staff-cancel";

  beforeAll(async () => {
    stripeFixture = await startEmulatorFixture();
    rateId = (await createSellingTerms(database.db)).frStandard;
  });
  afterAll(async () => {
    await stripeFixture?.close();
  });

  /** An order of two units at 15.00 from a stock of 10, checked out and, unless told, paid. */
  async function order(pay = true) {
    const product = await createTestProduct(database.db, { variants: [{ stock: 10, priceAmount: 1500 }] });
    const variantId = product.variantIds[0]!;
    const { cartId } = await addItem(database.db, { cartId: null, locale: "fr", variantId, quantity: 2 });
    const started = await startCheckout(
      database.db,
      {
        cartId,
        userId: null,
        locale: "fr",
        email: "cancel@example.com",
        address: { name: "Inès", line1: "2 rue Haute", city: "Lyon", postalCode: "69001", country: "FR" },
        shippingRateId: rateId,
      },
      {
        stripe: stripeFixture.stripe,
        effects: { jobs },
        returnUrls: () => ({ successUrl: "https://shop.example/ok", cancelUrl: "https://shop.example/ko" }),
      },
    );
    if (pay) {
      expect((await submitHostedPage(started.paymentUrl, "success")).status).toBe(303);
      await reconcilePendingOrders(database.db, {
        stripe: stripeFixture.stripe,
        effects: { jobs },
        graceMs: 0,
      });
    }
    const row = await database.db.order.findUniqueOrThrow({ where: { id: started.orderId } });
    return { ...row, variantId, paymentUrl: started.paymentUrl };
  }

  const request = (orderId: string, input: Partial<CancelRequest> = {}): CancelRequest => ({
    orderId,
    staffId,
    refundLimit: null,
    ...input,
  });
  const audits: unknown[] = [];
  const deps = () => ({
    stripe: stripeFixture.stripe,
    jobs,
    audit: async (_tx: unknown, change: unknown) => {
      audits.push(change);
    },
  });
  const stockOf = async (variantId: string) =>
    (await database.db.variant.findUniqueOrThrow({ where: { id: variantId }, select: { stock: true } }))
      .stock;
  const codeOf = (call: Promise<unknown>) =>
    call.then(
      () => "succeeded",
      (error: unknown) => (isDomainError(error) ? error.code : String(error)),
    );

  it("cancels a paid order: stock back on sale, the whole payment refunded, audited once", async () => {
    const paid = await order();
    expect(paid.status).toBe("PAID");
    expect(await stockOf(paid.variantId)).toBe(8);
    audits.length = 0;
    const outcome = await cancelOrder(
      database.db,
      request(paid.id, { reason: "Rupture chez le fournisseur" }),
      deps(),
    );
    expect(outcome.refund).toMatchObject({ amount: paid.totalAmount, status: "succeeded" });
    expect(
      await database.db.order.findUniqueOrThrow({
        where: { id: paid.id },
        select: { status: true, refundedAmount: true },
      }),
    ).toEqual({ status: "CANCELLED", refundedAmount: paid.totalAmount });
    expect(await stockOf(paid.variantId)).toBe(10);
    const onProvider = await stripeFixture.stripe.refunds.list({
      payment_intent: paid.stripePaymentIntentId!,
    });
    expect(onProvider.data.map((refund) => refund.amount)).toEqual([paid.totalAmount]);
    expect(audits).toEqual([
      { before: { status: "PAID" }, after: { status: "CANCELLED", refundAmount: paid.totalAmount } },
    ]);
    const event = await database.db.orderEvent.findFirstOrThrow({
      where: { orderId: paid.id, type: "cancelled_by_staff" },
    });
    expect(event).toMatchObject({
      fromStatus: "PAID",
      toStatus: "CANCELLED",
      actor: "STAFF",
      actorId: staffId,
    });

    // Sent again (a double click, a retry after a timeout): the same refund, nothing more.
    const again = await cancelOrder(database.db, request(paid.id), deps());
    expect(again.refund?.id).toBe(cancellationRefundId(paid.id));
    expect(await stockOf(paid.variantId)).toBe(10);
    expect(await database.db.refund.count({ where: { orderId: paid.id } })).toBe(1);
    expect(audits).toHaveLength(1);
  });

  it("refunds and restocks once when two staff members cancel the same order at the same moment", async () => {
    const paid = await order();
    const results = await Promise.all([
      codeOf(cancelOrder(database.db, request(paid.id), deps())),
      codeOf(cancelOrder(database.db, request(paid.id, { staffId: "another-staff" }), deps())),
    ]);
    expect(results).toContain("succeeded");
    expect(await stockOf(paid.variantId)).toBe(10);
    expect(
      await database.db.refund.findMany({
        where: { orderId: paid.id },
        select: { amount: true, status: true },
      }),
    ).toEqual([{ amount: paid.totalAmount, status: "succeeded" }]);
    const onProvider = await stripeFixture.stripe.refunds.list({
      payment_intent: paid.stripePaymentIntentId!,
    });
    expect(onProvider.data).toHaveLength(1);
    expect(await database.db.orderEvent.count({ where: { orderId: paid.id, toStatus: "CANCELLED" } })).toBe(
      1,
    );
  });

  it("cancels an unpaid order: its payment page is closed and its held stock released", async () => {
    const pending = await order(false);
    expect(pending.status).toBe("PENDING");
    const active = { orderId: pending.id, state: "ACTIVE" as const };
    expect(await database.db.stockReservation.count({ where: active })).toBeGreaterThan(0);
    expect(await stockOf(pending.variantId)).toBe(8);
    const outcome = await cancelOrder(database.db, request(pending.id), deps());
    expect(outcome).toEqual({ status: "CANCELLED", refund: null });
    const session = await stripeFixture.stripe.checkout.sessions.retrieve(pending.stripeCheckoutSessionId!);
    expect(session.status).toBe("expired");
    expect(await database.db.stockReservation.count({ where: active })).toBe(0);
    expect(await stockOf(pending.variantId)).toBe(10);
    // The shopper can no longer pay it.
    await expect(submitHostedPage(pending.paymentUrl, "success")).rejects.toThrow(/HTTP 410/);
    expect(await codeOf(cancelOrder(database.db, request(pending.id), deps()))).toBe("INVALID_TRANSITION");
  });

  it("refuses above a manager's limit, an order already shipped and an unknown order, changing nothing", async () => {
    const paid = await order();
    expect(await codeOf(cancelOrder(database.db, request(paid.id, { refundLimit: 100 }), deps()))).toBe(
      "REFUND_LIMIT_EXCEEDED",
    );
    expect(
      await database.db.order.findUniqueOrThrow({ where: { id: paid.id }, select: { status: true } }),
    ).toEqual({
      status: "PAID",
    });
    expect(await stockOf(paid.variantId)).toBe(8);
    expect(await database.db.refund.count({ where: { orderId: paid.id } })).toBe(0);

    await database.db.$transaction((tx) =>
      tx.order.update({ where: { id: paid.id }, data: { status: "FULFILLED" } }),
    );
    expect(await codeOf(cancelOrder(database.db, request(paid.id), deps()))).toBe("INVALID_TRANSITION");
    expect(await stockOf(paid.variantId)).toBe(8);
    expect(await codeOf(cancelOrder(database.db, request("no-such-order"), deps()))).toBe("NOT_FOUND");
  });
});
