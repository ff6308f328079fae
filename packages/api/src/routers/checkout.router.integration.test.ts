import { createSellingTerms, createTestProduct } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { submitHostedPage } from "@comptoir/payments/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context";
import { createCaller } from "../root";
import { startCheckoutHarness, type CheckoutHarness } from "../testing/checkout-harness";

const ORIGIN = "https://shop.example";
const address = {
  name: "Camille Martin",
  line1: "12 rue des Lilas",
  city: "Lyon",
  postalCode: "69003",
  country: "FR" as const,
};

describe("checkout, end to end through the API, the emulator and its webhooks", () => {
  const database = useTestDatabase("checkout_api");
  let harness: CheckoutHarness;
  let standardRateId: string;

  beforeAll(async () => {
    harness = await startCheckoutHarness(database.db, database.url);
    const terms = await createSellingTerms(database.db);
    standardRateId = terms.frStandard;
  });
  afterAll(async () => {
    await harness?.close();
  });

  async function api() {
    const ctx = await createContext({
      db: database.db,
      audience: "storefront",
      headers: new Headers(),
      resHeaders: new Headers(),
      commerce: harness.commerce,
      origin: ORIGIN,
    });
    return createCaller(ctx);
  }

  async function cartWith(stock: number, quantity = 1) {
    const product = await createTestProduct(database.db, { variants: [{ stock, priceAmount: 2400 }] });
    const variantId = product.variantIds[0]!;
    const { cartId } = await (await api()).cart.addItem({ cartId: null, locale: "fr", variantId, quantity });
    return { cartId: cartId!, variantId };
  }

  const start = async (cartId: string, email = "camille@example.com") =>
    (await api()).checkout.start({ cartId, locale: "fr", email, address, shippingRateId: standardRateId });

  const stockOf = async (variantId: string) =>
    (await database.db.variant.findUniqueOrThrow({ where: { id: variantId } })).stock;

  async function waitFor<T>(
    read: () => Promise<T>,
    done: (value: T) => boolean,
    timeoutMs = 10_000,
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value) || Date.now() > deadline) return value;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  const confirmationJobs = async (orderId: string) =>
    database.db.$queryRaw<{ id: string }[]>`
      SELECT id FROM pgboss.job WHERE name = 'email.order-confirmation' AND data->>'orderId' = ${orderId}`;

  it("holds the stock, takes the payment, and pays the order once however often Stripe redelivers", async () => {
    const { cartId, variantId } = await cartWith(5, 2);
    const started = await start(cartId);
    expect(started.paymentUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    expect(await stockOf(variantId)).toBe(3);

    const order = await database.db.order.findUniqueOrThrow({
      where: { id: started.orderId },
      include: { items: true },
    });
    expect(order).toMatchObject({ status: "PENDING", number: started.orderNumber, totalAmount: 4800 + 490 });
    expect(order.items[0]).toMatchObject({ quantity: 2, unitAmount: 2400 });
    const session = await harness.stripe.checkout.sessions.retrieve(order.stripeCheckoutSessionId!);
    expect(session.amount_total).toBe(order.totalAmount);
    expect(session.success_url).toBe(`${ORIGIN}/fr/commande/confirmation?session_id={CHECKOUT_SESSION_ID}`);

    const paid = await submitHostedPage(started.paymentUrl, "success");
    expect(paid.status).toBe(303);
    await harness.emulator.waitForIdle();
    const after = await waitFor(
      () => database.db.order.findUniqueOrThrow({ where: { id: started.orderId } }),
      (row) => row.status === "PAID",
    );
    expect(after.status).toBe("PAID");
    expect(await stockOf(variantId)).toBe(3);
    // The cart became the order.
    expect(await database.db.cartItem.count({ where: { cartId } })).toBe(0);

    const completed = harness.emulator.events().find((event) => event.type === "checkout.session.completed");
    for (let i = 0; i < 4; i += 1) await harness.emulator.redeliver(completed!.id);
    await harness.emulator.waitForIdle();
    expect(
      await database.db.orderEvent.count({ where: { orderId: started.orderId, toStatus: "PAID" } }),
    ).toBe(1);
    expect(await confirmationJobs(started.orderId)).toHaveLength(1);

    const summary = await (await api()).checkout.confirmation({ sessionId: order.stripeCheckoutSessionId! });
    expect(summary).toMatchObject({
      number: started.orderNumber,
      status: "PAID",
      email: "camille@example.com",
    });
  });

  it("leaves the order unpaid after a declined card, and releases the stock when the shopper leaves", async () => {
    const { cartId, variantId } = await cartWith(1);
    const started = await start(cartId);
    expect(await stockOf(variantId)).toBe(0);

    const declined = await submitHostedPage(started.paymentUrl, "declined");
    expect(declined.status).toBe(402);
    await harness.emulator.waitForIdle();
    const failed = await database.db.orderEvent.count({
      where: { orderId: started.orderId, type: "payment_failed" },
    });
    expect(failed).toBe(1);

    await (await api()).checkout.cancel({ cartId, orderId: started.orderId });
    const order = await database.db.order.findUniqueOrThrow({ where: { id: started.orderId } });
    expect(order.status).toBe("CANCELLED");
    expect(await stockOf(variantId)).toBe(1);
    // The cart is as it was, ready for another try.
    expect(await database.db.cartItem.count({ where: { cartId } })).toBe(1);
    expect(await confirmationJobs(started.orderId)).toHaveLength(0);
  });

  it("gives the last unit to exactly one of 50 shoppers checking out at once", async () => {
    const product = await createTestProduct(database.db, { variants: [{ stock: 1, priceAmount: 990 }] });
    const variantId = product.variantIds[0]!;
    const carts: string[] = [];
    for (let i = 0; i < 50; i += 1) {
      // Each shopper put the unit in their cart while it was still there.
      const cart = await database.db.cart.create({
        data: { currency: "EUR", items: { create: { variantId, quantity: 1 } } },
      });
      carts.push(cart.id);
    }
    const attempts = await Promise.allSettled(carts.map((cartId, i) => start(cartId, `s${i}@example.com`)));
    const won = attempts.filter((attempt) => attempt.status === "fulfilled");
    expect(won).toHaveLength(1);
    const reasons = attempts.flatMap((attempt) => (attempt.status === "rejected" ? [attempt.reason] : []));
    expect(reasons.every((reason) => /INSUFFICIENT_STOCK|OUT_OF_STOCK/.test(String(reason?.message)))).toBe(
      true,
    );
    expect(await stockOf(variantId)).toBe(0);
    expect(await database.db.stockReservation.count({ where: { variantId, state: "ACTIVE" } })).toBe(1);
    expect(await database.db.order.count({ where: { items: { some: { variantId } } } })).toBe(1);
  });

  it("refuses a form that carries prices, a currency or a total, and changes nothing", async () => {
    const { cartId, variantId } = await cartWith(3);
    const caller = await api();
    const ordersBefore = await database.db.order.count();
    for (const extra of [
      { totalAmount: 1 },
      { currency: "USD" },
      { lines: [{ variantId, unitAmount: 1 }] },
    ]) {
      await expect(
        caller.checkout.start({
          cartId,
          locale: "fr",
          email: "x@example.com",
          address,
          shippingRateId: standardRateId,
          ...extra,
        } as Parameters<typeof caller.checkout.start>[0]),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    // A quantity out of bounds or a price on a cart line is refused the same way.
    await expect(
      caller.cart.updateItem({ cartId, locale: "fr", variantId, quantity: 100 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await database.db.order.count()).toBe(ordersBefore);
    expect(await stockOf(variantId)).toBe(3);
  });

  it("will not check out someone else's cart, nor cancel someone else's order", async () => {
    const owner = await cartWith(2);
    const started = await start(owner.cartId);
    const customer = await database.db.user.create({ data: { email: "other@example.com" } });
    await database.db.cart.update({ where: { id: owner.cartId }, data: { userId: customer.id } });

    // A guest naming a customer's cart id gets an empty cart, not theirs.
    await expect(start(owner.cartId)).rejects.toMatchObject({ message: "CART_EMPTY" });
    // Cancelling with another cart id does nothing.
    const stranger = await cartWith(1);
    await (await api()).checkout.cancel({ cartId: stranger.cartId, orderId: started.orderId });
    const order = await database.db.order.findUniqueOrThrow({ where: { id: started.orderId } });
    expect(order.status).toBe("PENDING");
  });

  it("answers 400 to an unsigned, forged or stale webhook, and records nothing", async () => {
    const before = await database.db.paymentEvent.count();
    const body = JSON.stringify({
      id: "evt_forged",
      type: "checkout.session.completed",
      data: { object: {} },
    });
    for (const signature of [null, "t=1,v1=deadbeef", `t=${Math.floor(Date.now() / 1000) - 3600},v1=00`]) {
      const response = await fetch(harness.webhookUrl, {
        method: "POST",
        headers: signature ? { "Stripe-Signature": signature } : {},
        body,
      });
      expect(response.status).toBe(400);
    }
    expect(await database.db.paymentEvent.count()).toBe(before);
  });
});
