import type { CartDto, orders, ShippingOptionDto } from "@comptoir/api";
import { describe, expect, it } from "vitest";
import { cartSummary, orderSummary } from "./checkout-summary";

function cart(overrides: Partial<CartDto["totals"]> = {}, discount: CartDto["discount"] = null): CartDto {
  return {
    id: "cart1",
    currency: "EUR",
    itemCount: 2,
    lines: [
      {
        variantId: "v1",
        productId: "p1",
        sku: "SKU1",
        productName: "Café de Colombie",
        productSlug: "cafe",
        variantName: "250 g · Grains",
        imageUrl: "/media/a.webp",
        unitAmount: 1290,
        compareAtAmount: null,
        quantity: 2,
        lineSubtotal: 2580,
        stock: 10,
      },
    ],
    discount,
    totals: {
      subtotal: 2580,
      discount: 0,
      shipping: null,
      tax: 430,
      taxLines: [{ code: "VAT", ratePpm: 200_000, amount: 430 }],
      total: 2580,
      pricesIncludeTax: true,
      ...overrides,
    },
    problems: [],
  };
}

const standard: ShippingOptionDto = {
  id: "rate1",
  key: "standard",
  name: "Livraison standard",
  amount: 490,
  currency: "EUR",
  free: false,
  minDays: 2,
  maxDays: 4,
};

describe("cartSummary", () => {
  it("adds the chosen method to the cart's total when prices include taxes", () => {
    const view = cartSummary(cart(), standard, "FR");
    expect(view).toMatchObject({
      currency: "EUR",
      subtotal: 2580,
      discount: 0,
      discountCode: null,
      shipping: { name: "Livraison standard", amount: 490, free: false },
      pricesIncludeTax: true,
      total: 3070,
      taxesLater: false,
    });
    expect(view.lines).toEqual([
      {
        key: "v1",
        name: "Café de Colombie",
        detail: "250 g · Grains",
        quantity: 2,
        unitAmount: 1290,
        total: 2580,
        imageUrl: "/media/a.webp",
      },
    ]);
    // The rate is known; the amount included depends on shipping too, so none is shown yet.
    expect(view.taxes).toEqual([{ code: "VAT", ratePpm: 200_000, amount: null }]);
  });

  it("shows a free method at 0 and the code of a discount that applies", () => {
    const view = cartSummary(
      cart({ discount: 258, total: 2322 }, { code: "BIENVENUE10", kind: "PERCENTAGE", amount: 258 }),
      { ...standard, amount: 0, free: true },
      "FR",
    );
    expect(view).toMatchObject({
      discount: 258,
      discountCode: "BIENVENUE10",
      total: 2322,
      shipping: { free: true },
    });
  });

  it("hides the code of a discount that gives nothing now", () => {
    const view = cartSummary(cart({}, { code: "CAFE5", kind: "FIXED_AMOUNT", amount: 0 }), standard, "FR");
    expect(view.discountCode).toBeNull();
  });

  it("leaves the total open until a method is chosen", () => {
    expect(cartSummary(cart(), null, "FR")).toMatchObject({ shipping: null, total: null });
  });

  it("does not show the shop's own taxes for another destination", () => {
    const view = cartSummary(cart(), { ...standard, amount: 1490 }, "CA");
    expect(view).toMatchObject({ taxes: [], taxesLater: true, total: 4070 });
  });

  it("leaves the total to the order when taxes are added to the prices", () => {
    const view = cartSummary(cart({ pricesIncludeTax: false, total: 3010 }), standard, "FR");
    expect(view).toMatchObject({ pricesIncludeTax: false, taxes: [], taxesLater: true, total: null });
  });
});

describe("orderSummary", () => {
  it("shows the order as it was taken, every amount final", () => {
    const order: orders.OrderSummary = {
      id: "o1",
      number: 1001,
      status: "PAID",
      email: "camille@example.com",
      locale: "fr",
      currency: "EUR",
      createdAt: new Date(),
      paidAt: new Date(),
      pricesIncludeTax: true,
      lines: [
        { sku: "A", productName: "Thé", variantName: "", unitAmount: 900, quantity: 1, totalAmount: 900 },
        {
          sku: "A",
          productName: "Thé",
          variantName: "Boîte",
          unitAmount: 1500,
          quantity: 1,
          totalAmount: 1500,
        },
      ],
      totals: {
        subtotal: 2400,
        discount: 0,
        shipping: 0,
        tax: 400,
        total: 2400,
        refunded: 0,
        taxLines: [{ code: "VAT", ratePpm: 200_000, amount: 400 }],
      },
      discountCode: null,
      shippingAddress: { name: "Camille", country: "FR" },
      shippingMethod: { name: "Livraison standard", minDays: 2, maxDays: 4 },
    };
    const view = orderSummary(order);
    expect(view).toMatchObject({
      subtotal: 2400,
      shipping: { name: "Livraison standard", amount: 0, free: true },
      taxes: [{ code: "VAT", ratePpm: 200_000, amount: 400 }],
      taxesLater: false,
      total: 2400,
    });
    // Two lines of the same SKU keep apart.
    expect(new Set(view.lines.map((line) => line.key)).size).toBe(2);
    expect(view.lines[1]).toMatchObject({ detail: "Boîte", imageUrl: null });
  });
});
