import { useTestDatabase } from "@comptoir/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { isDomainError, type DomainErrorCode } from "../errors";
import { createTestProduct } from "../testing";
import { addItem } from "./change-line";
import { applyDiscount } from "./discounts";
import { priceCart, type PriceCartInput } from "./price-cart";
import { shippingOptions } from "./shipping-options";
import {
  createCustomer,
  createDiscount,
  createRedemption,
  createSellingTerms,
  setPricesIncludeTax,
} from "./test-fixtures";

describe("shipping options and checkout pricing", () => {
  const database = useTestDatabase("cart_price");
  const locale = "fr" as const;
  let rates: Awaited<ReturnType<typeof createSellingTerms>>;

  beforeAll(async () => {
    rates = await createSellingTerms(database.db);
  });

  async function variant(priceAmount: number, stock = 50) {
    const { id } = await createTestProduct(database.db, {
      fr: {
        name: `Café ${priceAmount}`,
        slug: `cafe-${priceAmount}-${stock}-${Math.random().toString(36).slice(2, 8)}`,
      },
      variants: [{ priceAmount, stock }],
    });
    return (await database.db.variant.findFirstOrThrow({ where: { productId: id }, select: { id: true } }))
      .id;
  }

  async function cartOf(lines: [string, number][]) {
    let cartId: string | null = null;
    for (const [variantId, quantity] of lines) {
      ({ cartId } = await addItem(database.db, { cartId, locale, variantId, quantity }));
    }
    return cartId ?? "";
  }

  async function refusal(input: PriceCartInput): Promise<DomainErrorCode> {
    const error = await priceCart(database.db, input).catch((caught: unknown) => caught);
    if (!isDomainError(error)) throw new Error(`expected a domain error, got ${String(error)}`);
    return error.code;
  }

  it("offers the destination's rates priced for the cart, free over the threshold", async () => {
    const small = await cartOf([[await variant(2000), 1]]);
    const large = await cartOf([[await variant(3000), 2]]);
    const france = await shippingOptions(database.db, { cartId: small, locale, country: "FR" });
    expect(france).toEqual([
      {
        id: rates.frStandard,
        key: "standard",
        name: "Livraison standard",
        amount: 490,
        currency: "EUR",
        free: false,
        minDays: 2,
        maxDays: 4,
      },
      {
        id: rates.frExpress,
        key: "express",
        name: "Livraison express",
        amount: 990,
        currency: "EUR",
        free: false,
        minDays: 1,
        maxDays: 2,
      },
    ]);
    const free = await shippingOptions(database.db, { cartId: large, locale: "en", country: "FR" });
    expect(free.map((option) => [option.name, option.amount, option.free])).toEqual([
      ["Standard delivery", 0, true],
      ["Express delivery", 990, false],
    ]);
    // Only the rates in the cart's currency.
    const canada = await shippingOptions(database.db, { cartId: small, locale, country: "CA", region: "QC" });
    expect(canada.map((option) => option.id)).toEqual([rates.caStandard]);
    const error = await shippingOptions(database.db, { locale, country: "US" }).catch(
      (caught: unknown) => caught,
    );
    expect(isDomainError(error, "SHIPPING_UNAVAILABLE")).toBe(true);
  });

  it("prices a French order with VAT included, per line and in total", async () => {
    const a = await variant(1290);
    const b = await variant(850);
    const cartId = await cartOf([
      [a, 2],
      [b, 1],
    ]);
    const priced = await priceCart(database.db, {
      cartId,
      locale,
      email: "camille@example.test",
      destination: { country: "FR" },
      shippingRateId: rates.frStandard,
    });
    expect(priced).toMatchObject({
      cartId,
      currency: "EUR",
      pricesIncludeTax: true,
      discount: null,
      discountCodeId: null,
    });
    expect(priced.totals).toMatchObject({
      subtotal: 3430,
      shipping: 490,
      tax: 653,
      shippingTax: 82,
      total: 3920,
    });
    expect(
      priced.lines.map((line) => [line.variantId, line.productName, line.subtotal, line.tax, line.total]),
    ).toEqual([
      [a, "Café 1290", 2580, 430, 2580],
      [b, "Café 850", 850, 141, 850],
    ]);
    expect(priced.shippingMethod).toEqual({
      rateId: rates.frStandard,
      zoneKey: "france",
      key: "standard",
      name: "Livraison standard",
      amount: 490,
      currency: "EUR",
      free: false,
      minDays: 2,
      maxDays: 4,
    });
  });

  it("adds Québec's two taxes, and Ontario's HST alone, when prices exclude taxes", async () => {
    const cartId = await cartOf([[await variant(1000), 1]]);
    await setPricesIncludeTax(database.db, false);
    try {
      const base = { cartId, locale, shippingRateId: rates.caStandard };
      const quebec = await priceCart(database.db, { ...base, destination: { country: "CA", region: "QC" } });
      expect(quebec.totals).toMatchObject({
        taxLines: [
          { code: "GST", ratePpm: 50_000, amount: 125 },
          { code: "QST", ratePpm: 99_750, amount: 248 },
        ],
        total: 2863,
        pricesIncludeTax: false,
      });
      const ontario = await priceCart(database.db, { ...base, destination: { country: "CA", region: "ON" } });
      expect(ontario.totals.taxLines).toEqual([{ code: "HST", ratePpm: 130_000, amount: 324 }]);
      const alberta = await priceCart(database.db, { ...base, destination: { country: "CA", region: "AB" } });
      expect(alberta.totals.taxLines).toEqual([{ code: "GST", ratePpm: 50_000, amount: 125 }]);
    } finally {
      await setPricesIncludeTax(database.db, true);
    }
  });

  it("applies the cart's code and names it for the redemption", async () => {
    const cartId = await cartOf([[await variant(2500), 2]]);
    const { id, code } = await createDiscount(database.db, { percentOff: 10 });
    await applyDiscount(database.db, { cartId, locale, code });
    const priced = await priceCart(database.db, {
      cartId,
      locale,
      destination: { country: "FR" },
      shippingRateId: rates.frStandard,
    });
    expect(priced.discountCodeId).toBe(id);
    expect(priced.discount).toEqual({ id, code, kind: "PERCENTAGE", amount: 500 });
    expect(priced.lines[0]).toMatchObject({ subtotal: 5000, discount: 500 });
    expect(priced.totals).toMatchObject({ discount: 500, shipping: 490, total: 4990 });
  });

  it("refuses what checkout must not sell", async () => {
    const scarce = await variant(1000, 5);
    const cartId = await cartOf([[scarce, 4]]);
    const fr = { cartId, locale, destination: { country: "FR" }, shippingRateId: rates.frStandard };

    expect(await refusal({ ...fr, cartId: "unknown" })).toBe("CART_EMPTY");
    expect(await refusal({ ...fr, destination: { country: "US" } })).toBe("SHIPPING_UNAVAILABLE");
    expect(await refusal({ ...fr, shippingRateId: rates.caStandard })).toBe("SHIPPING_METHOD_INVALID");
    expect(await refusal({ ...fr, destination: null })).toBe("SHIPPING_METHOD_INVALID");

    const customer = await createCustomer(database.db);
    const once = await createDiscount(database.db, { perCustomerLimit: 1 });
    await applyDiscount(database.db, { cartId, locale, code: once.code });
    await createRedemption(database.db, once.id, { email: customer.email });
    expect(await refusal({ ...fr, email: customer.email })).toBe("DISCOUNT_CUSTOMER_LIMIT");
    // Someone else's cart is no cart.
    const theirs = await addItem(database.db, {
      userId: customer.id,
      locale,
      variantId: scarce,
      quantity: 1,
    });
    expect(await refusal({ ...fr, cartId: theirs.cartId ?? "" })).toBe("CART_EMPTY");
    await database.db.discountCode.update({ where: { id: once.id }, data: { usageLimit: 1, timesUsed: 1 } });
    expect(await refusal({ ...fr, email: "other@example.test" })).toBe("DISCOUNT_USAGE_LIMIT");
    await database.db.cart.update({ where: { id: cartId }, data: { discountCodeId: null } });

    await database.db.variant.update({ where: { id: scarce }, data: { stock: 3 } });
    expect(await refusal(fr)).toBe("INSUFFICIENT_STOCK");
    await database.db.variant.update({ where: { id: scarce }, data: { stock: 0 } });
    expect(await refusal(fr)).toBe("OUT_OF_STOCK");
    await database.db.variant.update({ where: { id: scarce }, data: { stock: 5 } });
    await database.db.product.updateMany({
      where: { variants: { some: { id: scarce } } },
      data: { status: "ARCHIVED" },
    });
    expect(await refusal(fr)).toBe("CART_CHANGED");
  });

  it("runs inside checkout's transaction and holds the cart until it commits", async () => {
    const variantId = await variant(1500);
    const cartId = await cartOf([[variantId, 1]]);
    const order: string[] = [];
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const checkout = database.db.$transaction(async (tx) => {
      const priced = await priceCart(tx, {
        cartId,
        locale,
        destination: { country: "FR" },
        shippingRateId: rates.frExpress,
      });
      order.push(`priced ${priced.totals.total}`);
      await held;
      order.push("committed");
    });
    // Let the transaction take the lock, then try to change the cart meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const change = addItem(database.db, { cartId, locale, variantId, quantity: 1 }).then(() =>
      order.push("added"),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    await Promise.all([checkout, change]);
    expect(order).toEqual(["priced 2490", "committed", "added"]);
  });
});
