// The admin's order procedures over a real payment flow: an order paid on the emulator (its webhook
// delivered to the API's handler), then listed, read, annotated and refunded by staff.
import { randomUUID } from "node:crypto";
import { createSellingTerms, createTestProduct } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { submitHostedPage } from "@comptoir/payments/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../context";
import { domainCodeOf } from "../../errors";
import { createCaller } from "../../root";
import { staffCaller } from "../../testing/callers";
import { startCheckoutHarness, type CheckoutHarness } from "../../testing/checkout-harness";

const address = {
  name: "Inès Roy",
  line1: "4 rue Neuve",
  city: "Lille",
  postalCode: "59000",
  country: "FR" as const,
};

describe("admin.orders and admin.dashboard", () => {
  const database = useTestDatabase("api_admin_orders");
  let harness: CheckoutHarness;
  let rateId: string;

  beforeAll(async () => {
    harness = await startCheckoutHarness(database.db, database.url);
    rateId = (await createSellingTerms(database.db)).frStandard;
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** An order of two units at 24.00, paid on the emulator; resolves once the webhook settled it. */
  async function paidOrder(email = "ines@example.com") {
    const ctx = await createContext({
      db: database.db,
      audience: "storefront",
      headers: new Headers(),
      resHeaders: new Headers(),
      commerce: harness.commerce,
      origin: "https://shop.example",
    });
    const shop = createCaller(ctx);
    const product = await createTestProduct(database.db, { variants: [{ stock: 10, priceAmount: 2400 }] });
    const { cartId } = await shop.cart.addItem({
      cartId: null,
      locale: "fr",
      variantId: product.variantIds[0]!,
      quantity: 2,
    });
    const started = await shop.checkout.start({
      cartId: cartId!,
      locale: "fr",
      email,
      address,
      shippingRateId: rateId,
    });
    expect((await submitHostedPage(started.paymentUrl, "success")).status).toBe(303);
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const order = await database.db.order.findUniqueOrThrow({ where: { id: started.orderId } });
      if (order.status === "PAID") return order;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("the payment's webhook never arrived");
  }

  const staff = (role: "SUPPORT" | "MANAGER" | "OWNER", reauthenticated = true) =>
    staffCaller(database.db, role, {
      reauthenticatedAt: reauthenticated ? new Date() : null,
      commerce: harness.commerce,
    });

  async function failure(call: Promise<unknown>) {
    const error = await call.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error, "the call should have failed").toBeInstanceOf(TRPCError);
    return { code: (error as TRPCError).code, domainCode: domainCodeOf(error) };
  }

  it("lets a manager refund part of an order within the shop's limit, audited, once per form", async () => {
    const order = await paidOrder();
    const { api, user } = await staff("MANAGER");
    const refundId = randomUUID();
    const first = await api.admin.orders.refund({
      orderId: order.id,
      refundId,
      amount: 1000,
      reason: "Pot cassé",
    });
    expect(first).toMatchObject({ amount: 1000, status: "succeeded" });
    // The same form again: the same refund, not a second one.
    expect(await api.admin.orders.refund({ orderId: order.id, refundId, amount: 1000 })).toMatchObject({
      id: refundId,
    });
    const detail = await api.admin.orders.get({ orderId: order.id });
    expect(detail).toMatchObject({ status: "PARTIALLY_REFUNDED", refundedAmount: 1000 });
    expect(detail.refundableAmount).toBe(order.totalAmount - 1000);
    const audit = await database.db.auditLog.findMany({
      where: { action: "order.refund", entityId: order.id },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: user.id, actorRole: "MANAGER", before: { refundedAmount: 0 } });
  });

  it("refuses a manager above the limit, and any refund without a recent proof of identity", async () => {
    const order = await paidOrder();
    await database.db.setting.upsert({
      where: { key: "refunds.managerLimit" },
      create: { key: "refunds.managerLimit", value: { amount: 500, currency: "EUR" } },
      update: { value: { amount: 500, currency: "EUR" } },
    });
    try {
      const manager = await staff("MANAGER");
      expect(
        await failure(
          manager.api.admin.orders.refund({ orderId: order.id, refundId: randomUUID(), amount: 501 }),
        ),
      ).toEqual({ code: "FORBIDDEN", domainCode: "REFUND_LIMIT_EXCEEDED" });
      // An owner has no limit, but must have proved who they are in the last minutes.
      const stale = await staff("OWNER", false);
      expect(
        await failure(
          stale.api.admin.orders.refund({ orderId: order.id, refundId: randomUUID(), amount: 501 }),
        ),
      ).toMatchObject({ domainCode: "REAUTHENTICATION_REQUIRED" });
      expect(await database.db.refund.count({ where: { orderId: order.id } })).toBe(0);
      const owner = await staff("OWNER");
      await owner.api.admin.orders.refund({ orderId: order.id, refundId: randomUUID(), amount: 501 });
    } finally {
      await database.db.setting.delete({ where: { key: "refunds.managerLimit" } });
    }
  });

  it("refuses malformed refunds before anything happens", async () => {
    const order = await paidOrder();
    const { api } = await staff("OWNER");
    const bad = [
      { orderId: order.id, refundId: "not-a-uuid", amount: 100 },
      { orderId: order.id, refundId: randomUUID() },
      { orderId: order.id, refundId: randomUUID(), amount: 100, lines: [{ orderItemId: "x", quantity: 1 }] },
      { orderId: order.id, refundId: randomUUID(), amount: -1 },
      { orderId: '\'; DROP TABLE "Order"; --', refundId: randomUUID(), amount: 100 },
    ];
    for (const input of bad) {
      expect((await failure(api.admin.orders.refund(input as never))).code, JSON.stringify(input)).toBe(
        "BAD_REQUEST",
      );
    }
    expect(
      await failure(
        api.admin.orders.refund({ orderId: order.id, refundId: randomUUID(), amount: order.totalAmount + 1 }),
      ),
    ).toMatchObject({ domainCode: "REFUND_EXCEEDS_BALANCE" });
    expect(await database.db.refund.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("lists with filters, reads one order, takes notes; bad filters and unknown orders are refused", async () => {
    const order = await paidOrder("filters@example.com");
    const { api, user } = await staff("SUPPORT");
    const found = await api.admin.orders.list({ q: "filters@", status: "PAID" });
    expect(found.items.map((row) => row.id)).toEqual([order.id]);
    expect((await api.admin.orders.list({ q: `#${order.number}` })).items[0]?.id).toBe(order.id);
    for (const input of [{ from: "2026-13-45" }, { pageSize: 1000 }, { page: -1 }, { status: "SHIPPED" }]) {
      expect((await failure(api.admin.orders.list(input as never))).code, JSON.stringify(input)).toBe(
        "BAD_REQUEST",
      );
    }
    expect(await failure(api.admin.orders.get({ orderId: "missing" }))).toMatchObject({ code: "NOT_FOUND" });

    await api.admin.orders.addNote({ orderId: order.id, text: "Rappeler la cliente lundi" });
    expect((await failure(api.admin.orders.addNote({ orderId: order.id, text: "   " }))).code).toBe(
      "BAD_REQUEST",
    );
    expect(await failure(api.admin.orders.addNote({ orderId: "missing", text: "x" }))).toMatchObject({
      code: "NOT_FOUND",
    });
    const timeline = (await api.admin.orders.get({ orderId: order.id })).timeline;
    expect(timeline.at(-1)).toMatchObject({ type: "note", actorEmail: user.email });
    expect(
      await database.db.auditLog.count({ where: { action: "order.note_added", entityId: order.id } }),
    ).toBe(1);
  });

  it("shows the dashboard's figures to every staff role, in their language", async () => {
    await paidOrder("dashboard@example.com");
    const { api } = await staff("SUPPORT");
    const dashboard = await api.admin.dashboard.get({ locale: "en" });
    expect(dashboard.kpis.today.orders).toBeGreaterThanOrEqual(1);
    expect(dashboard.revenueByDay).toHaveLength(30);
    expect(dashboard.latestOrders[0]?.email).toBe("dashboard@example.com");
    expect((await failure(api.admin.dashboard.get({ locale: "de" } as never))).code).toBe("BAD_REQUEST");
  });
});
