// Shipping, delivering and cancelling orders through the admin procedures, over a real payment flow:
// orders paid on the emulator (their webhook delivered to the API's handler), changed by staff.
import { createSellingTerms, createTestProduct } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { submitHostedPage } from "@comptoir/payments/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../context";
import { domainCodeOf, fieldErrorsFromError } from "../../errors";
import { createCaller } from "../../root";
import { staffCaller } from "../../testing/callers";
import { startCheckoutHarness, type CheckoutHarness } from "../../testing/checkout-harness";

describe("admin.orders.fulfil, markDelivered and cancel", () => {
  const database = useTestDatabase("api_admin_fulfilment");
  let harness: CheckoutHarness;
  let rateId: string;

  beforeAll(async () => {
    harness = await startCheckoutHarness(database.db, database.url);
    rateId = (await createSellingTerms(database.db)).frStandard;
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** An order of two units at 24.00 from a stock of 10, paid on the emulator and settled by its webhook. */
  async function paidOrder() {
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
    const variantId = product.variantIds[0]!;
    const { cartId } = await shop.cart.addItem({ cartId: null, locale: "fr", variantId, quantity: 2 });
    const started = await shop.checkout.start({
      cartId: cartId!,
      locale: "fr",
      email: "colis@example.com",
      address: { name: "Inès Roy", line1: "4 rue Neuve", city: "Lille", postalCode: "59000", country: "FR" },
      shippingRateId: rateId,
    });
    expect((await submitHostedPage(started.paymentUrl, "success")).status).toBe(303);
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const order = await database.db.order.findUniqueOrThrow({ where: { id: started.orderId } });
      if (order.status === "PAID") return { ...order, variantId };
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
    return {
      code: (error as TRPCError).code,
      domainCode: domainCodeOf(error),
      fields: fieldErrorsFromError(error),
    };
  }

  const statusOf = async (id: string) =>
    (await database.db.order.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
  const stockOf = async (variantId: string) =>
    (await database.db.variant.findUniqueOrThrow({ where: { id: variantId }, select: { stock: true } }))
      .stock;
  const shippedJobs = (orderId: string) =>
    database.db.$queryRaw<{ id: string }[]>`
      SELECT id FROM pgboss.job WHERE name = 'email.order-shipped' AND data->>'orderId' = ${orderId}`;

  it("lets a manager ship an order with its tracking number, then mark it delivered, each audited", async () => {
    const order = await paidOrder();
    const { api, user } = await staff("MANAGER", false);
    expect(
      await api.admin.orders.fulfil({
        orderId: order.id,
        carrier: "colissimo",
        trackingNumber: "6a 1234 5678 901",
      }),
    ).toEqual({ status: "FULFILLED" });
    expect(await shippedJobs(order.id)).toHaveLength(1);
    const detail = await api.admin.orders.get({ orderId: order.id });
    expect(detail.timeline.find((event) => event.type === "fulfilled")).toMatchObject({
      toStatus: "FULFILLED",
      actorEmail: user.email,
      data: { carrierName: "Colissimo", trackingNumber: "6A12345678901" },
    });
    const audit = await database.db.auditLog.findFirstOrThrow({
      where: { action: "order.fulfilled", entityId: order.id },
    });
    expect(audit).toMatchObject({
      actorId: user.id,
      actorRole: "MANAGER",
      before: { status: "PAID" },
      after: { status: "FULFILLED", carrier: "Colissimo", trackingNumber: "6A12345678901" },
    });

    expect(await api.admin.orders.markDelivered({ orderId: order.id })).toEqual({ status: "DELIVERED" });
    expect(
      await database.db.auditLog.findFirstOrThrow({
        where: { action: "order.delivered", entityId: order.id },
      }),
    ).toMatchObject({ before: { status: "FULFILLED" }, after: { status: "DELIVERED" } });
  });

  it("refuses bad carriers and tracking numbers, wrong states and unknown orders, changing nothing", async () => {
    const order = await paidOrder();
    const { api } = await staff("MANAGER");
    const bad = [
      [{ carrier: "ups", trackingNumber: "12" }, "trackingNumber", "validation.tracking_number"],
      [{ carrier: "ups", trackingNumber: "<script>1234567" }, "trackingNumber", "validation.tracking_number"],
      [{ carrier: "ups", trackingNumber: "9".repeat(300) }, "trackingNumber", "validation.too_long"],
      [{ carrier: "", trackingNumber: "1Z999AA10123456784" }, "carrier", "validation.carrier"],
      [{ carrier: "Dupont <b>", trackingNumber: "1Z999AA10123456784" }, "carrier", "validation.carrier"],
      [{ trackingNumber: "1Z999AA10123456784" }, "carrier", "validation.required"],
    ] as const;
    for (const [input, field, message] of bad) {
      const refused = await failure(api.admin.orders.fulfil({ orderId: order.id, ...input } as never));
      expect(refused.code, JSON.stringify(input)).toBe("BAD_REQUEST");
      expect(refused.fields?.[field], JSON.stringify(input)).toEqual([message]);
    }
    expect(await statusOf(order.id)).toBe("PAID");
    expect(await shippedJobs(order.id)).toHaveLength(0);

    expect(await failure(api.admin.orders.markDelivered({ orderId: order.id }))).toMatchObject({
      code: "CONFLICT",
      domainCode: "INVALID_TRANSITION",
    });
    const valid = { carrier: "Coursier Dupont", trackingNumber: "CD-778899" };
    expect(await failure(api.admin.orders.fulfil({ orderId: "no-such-order", ...valid }))).toMatchObject({
      code: "NOT_FOUND",
    });

    // Two managers ship the same order at the same moment: one wins, one email.
    const results = await Promise.allSettled([
      api.admin.orders.fulfil({ orderId: order.id, ...valid }),
      api.admin.orders.fulfil({ orderId: order.id, ...valid }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((result) => result.status === "rejected");
    expect(domainCodeOf(rejected?.reason)).toBe("INVALID_TRANSITION");
    expect(await shippedJobs(order.id)).toHaveLength(1);
    expect(
      await database.db.auditLog.count({ where: { action: "order.fulfilled", entityId: order.id } }),
    ).toBe(1);

    // Shipped orders are no longer cancelled: they are refunded.
    expect(await failure(api.admin.orders.cancel({ orderId: order.id }))).toMatchObject({
      domainCode: "INVALID_TRANSITION",
    });
  });

  it("cancels a paid order after a recent proof of identity: restocked and refunded once, audited", async () => {
    const order = await paidOrder();
    expect(await stockOf(order.variantId)).toBe(8);
    const stale = await staff("MANAGER", false);
    expect(await failure(stale.api.admin.orders.cancel({ orderId: order.id }))).toMatchObject({
      domainCode: "REAUTHENTICATION_REQUIRED",
    });
    expect(await statusOf(order.id)).toBe("PAID");
    const support = await staff("SUPPORT");
    expect((await failure(support.api.admin.orders.cancel({ orderId: order.id }))).code).toBe("FORBIDDEN");
    expect(
      (
        await failure(
          support.api.admin.orders.fulfil({
            orderId: order.id,
            carrier: "ups",
            trackingNumber: "1Z999AA10123456784",
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");

    const { api, user } = await staff("MANAGER");
    const [first, second] = await Promise.allSettled([
      api.admin.orders.cancel({ orderId: order.id, reason: "Client injoignable" }),
      api.admin.orders.cancel({ orderId: order.id }),
    ]);
    const succeeded = [first, second].filter((result) => result.status === "fulfilled");
    expect(succeeded.length).toBeGreaterThanOrEqual(1);
    expect(succeeded[0]).toMatchObject({
      value: { status: "CANCELLED", refund: { amount: order.totalAmount, status: "succeeded" } },
    });
    expect(await stockOf(order.variantId)).toBe(10);
    expect(
      await database.db.order.findUniqueOrThrow({
        where: { id: order.id },
        select: { status: true, refundedAmount: true },
      }),
    ).toEqual({ status: "CANCELLED", refundedAmount: order.totalAmount });
    expect(await database.db.refund.count({ where: { orderId: order.id } })).toBe(1);
    const audits = await database.db.auditLog.findMany({
      where: { action: "order.cancelled", entityId: order.id },
    });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorId: user.id,
      before: { status: "PAID" },
      after: { status: "CANCELLED", refundAmount: order.totalAmount },
    });
    expect(
      await failure(api.admin.orders.cancel({ orderId: order.id, reason: "x".repeat(501) })),
    ).toMatchObject({ code: "BAD_REQUEST" });
  });
});
