import { createTestUser } from "@comptoir/auth/testing";
import { createTestProduct } from "@comptoir/core/testing";
import type { Db } from "@comptoir/db";
import { useTestDatabase } from "@comptoir/db/testing";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { domainCodeOf, fieldErrorsFromError } from "../errors";
import { callerFor, loggedInCaller } from "../testing/callers";

/** The tRPC code and the domain code (or field errors) a refused call answers with. */
async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return {
    code: error.code,
    domain: domainCodeOf(error),
    fields: fieldErrorsFromError(error),
    message: error.message,
  };
}

/** Shipping to France (free over 60 €) and taxes like the demo shop's, prices with VAT included. */
async function sellingTerms(db: Db) {
  await db.shippingZone.create({
    data: {
      key: "france",
      countries: ["FR"],
      rates: {
        create: {
          key: "standard",
          amount: 490,
          currency: "EUR",
          freeOverAmount: 6000,
          minDays: 2,
          maxDays: 4,
          translations: {
            create: [
              { locale: "fr", name: "Livraison standard" },
              { locale: "en", name: "Standard delivery" },
            ],
          },
        },
      },
    },
  });
  await db.taxRate.create({ data: { country: "FR", code: "VAT", ratePpm: 200_000 } });
  await db.setting.createMany({
    data: [
      { key: "store.pricesIncludeTax", value: true },
      { key: "store.currency", value: "EUR" },
      { key: "store.defaultCountry", value: "FR" },
    ],
  });
  await db.discountCode.create({
    data: { code: "CAFE5", kind: "FIXED_AMOUNT", amountOff: 500, currency: "EUR", minimumSubtotal: 4000 },
  });
}

describe("cart router", () => {
  const database = useTestDatabase("api_cart");
  let variantId = "";
  let scarceId = "";

  beforeAll(async () => {
    await sellingTerms(database.db);
    const product = await createTestProduct(database.db, {
      fr: { name: "Café de Colombie", slug: "cafe-de-colombie" },
      en: { name: "Colombian coffee", slug: "colombian-coffee" },
      variants: [
        { priceAmount: 1200, stock: 500 },
        { priceAmount: 900, stock: 2 },
      ],
    });
    const variants = await database.db.variant.findMany({
      where: { productId: product.id },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    [variantId, scarceId] = variants.map((row) => row.id) as [string, string];
  });

  const guest = async () => (await callerFor(database.db, "storefront")).api;

  it("runs a guest's cart from the first add to shipping options", async () => {
    const api = await guest();
    expect(await api.cart.get({ locale: "en" })).toMatchObject({ id: null, itemCount: 0, lines: [] });

    const added = await api.cart.addItem({ locale: "en", variantId, quantity: 2 });
    const { cartId } = added;
    expect(added.cart).toMatchObject({
      id: cartId,
      itemCount: 2,
      lines: [{ productName: "Colombian coffee", quantity: 2 }],
    });
    expect(await api.cart.get({ cartId, locale: "fr" })).toMatchObject({
      lines: [{ productName: "Café de Colombie" }],
    });

    const updated = await api.cart.updateItem({ cartId, locale: "fr", variantId, quantity: 4 });
    expect(updated.cart.totals).toMatchObject({ subtotal: 4800, tax: 800, total: 4800 });

    const discounted = await api.cart.applyDiscount({ cartId, locale: "fr", code: "cafe5" });
    expect(discounted.cart.discount).toEqual({ code: "CAFE5", kind: "FIXED_AMOUNT", amount: 500 });
    expect(await api.cart.shippingOptions({ cartId, locale: "en", country: "fr" })).toEqual([
      expect.objectContaining({ key: "standard", name: "Standard delivery", amount: 490, free: false }),
    ]);
    const plain = await api.cart.removeDiscount({ cartId, locale: "fr" });
    expect(plain.cart).toMatchObject({ discount: null, totals: { total: 4800 } });

    const removed = await api.cart.removeItem({ cartId, locale: "fr", variantId });
    expect(removed).toMatchObject({ cartId, cart: { itemCount: 0, lines: [] } });
  });

  it("refuses unknown variants, quantities out of range and stock it does not have", async () => {
    const api = await guest();
    expect(
      await refusal(api.cart.addItem({ locale: "fr", variantId: "unknown", quantity: 1 })),
    ).toMatchObject({
      code: "NOT_FOUND",
      domain: "NOT_FOUND",
      message: "NOT_FOUND",
    });
    for (const quantity of [0, 100, -1, 1.5]) {
      expect(
        await refusal(api.cart.addItem({ locale: "fr", variantId, quantity })),
        String(quantity),
      ).toMatchObject({
        code: "BAD_REQUEST",
        fields: { quantity: ["validation.quantity"] },
      });
    }
    const { cartId } = await api.cart.addItem({ locale: "fr", variantId: scarceId, quantity: 2 });
    expect(
      await refusal(api.cart.addItem({ cartId, locale: "fr", variantId: scarceId, quantity: 1 })),
    ).toMatchObject({
      code: "CONFLICT",
      domain: "INSUFFICIENT_STOCK",
    });
    await api.cart.updateItem({ cartId, locale: "fr", variantId, quantity: 98 });
    expect(await refusal(api.cart.addItem({ cartId, locale: "fr", variantId, quantity: 2 }))).toMatchObject({
      domain: "QUANTITY_LIMIT",
    });
    expect((await api.cart.get({ cartId, locale: "fr" })).itemCount).toBe(100);
  });

  it("refuses prices, currencies or any other field the browser adds", async () => {
    const api = await guest();
    const before = await database.db.cart.count();
    const tampered = { locale: "fr", variantId, quantity: 1, priceAmount: 1, currency: "USD" };
    const answer = await refusal(api.cart.addItem(tampered as never));
    expect(answer).toMatchObject({ code: "BAD_REQUEST", fields: { _: [expect.any(String)] } });
    expect(await refusal(api.cart.get({ locale: "fr", total: 0 } as never))).toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await database.db.cart.count()).toBe(before);
  });

  it("treats another customer's cart id as no cart, and finds a customer's cart by their account", async () => {
    const owner = await createTestUser(database.db);
    const { api: ownerApi } = await loggedInCaller(database.db, "storefront", owner.id);
    const own = await ownerApi.cart.addItem({ locale: "fr", variantId, quantity: 3 });

    const api = await guest();
    expect(await api.cart.get({ cartId: own.cartId, locale: "fr" })).toMatchObject({
      id: null,
      itemCount: 0,
    });
    const intruder = await api.cart.addItem({ cartId: own.cartId, locale: "fr", variantId, quantity: 1 });
    expect(intruder.cartId).not.toBe(own.cartId);
    await api.cart.removeItem({ cartId: own.cartId, locale: "fr", variantId });
    expect(await ownerApi.cart.get({ cartId: intruder.cartId, locale: "fr" })).toMatchObject({
      id: own.cartId,
      itemCount: 3,
    });
  });

  it("answers shipping options only where the shop ships", async () => {
    const api = await guest();
    expect(await refusal(api.cart.shippingOptions({ locale: "fr", country: "US" }))).toMatchObject({
      code: "BAD_REQUEST",
      domain: "SHIPPING_UNAVAILABLE",
    });
    expect(await refusal(api.cart.shippingOptions({ locale: "fr", country: "France" }))).toMatchObject({
      fields: { country: ["validation.country"] },
    });
  });

  it("merges a guest cart into the customer's at login, for logged-in customers only", async () => {
    const api = await guest();
    const { cartId } = await api.cart.addItem({ locale: "fr", variantId, quantity: 2 });
    expect(await refusal(api.cart.merge({ cartId: cartId ?? "", locale: "fr" }))).toMatchObject({
      code: "UNAUTHORIZED",
    });

    const customer = await createTestUser(database.db);
    const { api: customerApi } = await loggedInCaller(database.db, "storefront", customer.id);
    const merged = await customerApi.cart.merge({ cartId: cartId ?? "", locale: "fr" });
    expect(merged.cart).toMatchObject({ itemCount: 2 });
    expect(merged.cartId).not.toBe(cartId);
    expect(await api.cart.get({ cartId, locale: "fr" })).toMatchObject({ id: null });
  });
});
