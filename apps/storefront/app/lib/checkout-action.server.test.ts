// The checkout form's action against a real PostgreSQL and the real API, with requests built as a
// browser sends them (see checkout-test-shop.server.ts). Every refusal below happens before the
// payment provider would be called, which the shop's guard checks.
import { describe, expect, it } from "vitest";
import { FRENCH_ADDRESS, useCheckoutTestShop } from "./checkout-test-shop.server";

const shop = useCheckoutTestShop("storefront_checkout_action");
const orderCount = () => shop.db.order.count();

describe("the checkout action", () => {
  it("updates the shipping methods for the form's country, keeping what was typed", async () => {
    const browser = shop.shopper();
    await browser.add(await shop.variant());
    const before = await orderCount();
    const response = await browser.checkout({
      ...FRENCH_ADDRESS,
      country: "CA",
      region: "ON",
      intent: "refresh",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect(response.data).toMatchObject({
      intent: "refresh",
      values: { email: "Camille@Example.com", country: "CA", region: "ON" },
      shipping: { country: "CA", region: "ON", error: null },
      fieldErrors: {},
      formError: null,
    });
    expect(response.data?.shipping.options.map((option) => option.id)).toEqual([shop.rates.caStandard]);
    expect(await orderCount()).toBe(before);
  });

  it("names each bad field with its message key, and creates nothing", async () => {
    const browser = shop.shopper();
    await browser.add(await shop.variant());
    const before = await orderCount();
    const response = await browser.checkout({
      ...FRENCH_ADDRESS,
      email: "pas-un-email",
      postalCode: "7500",
      intent: "pay",
      shippingRateId: shop.rates.frStandard,
    });
    expect(response.status).toBe(400);
    expect(response.data).toMatchObject({
      intent: "pay",
      fieldErrors: { email: "validation.email", postalCode: "validation.postal_code" },
      formError: null,
      values: { email: "pas-un-email", postalCode: "7500" },
    });
    expect(response.data?.shipping.options).toHaveLength(2);
    expect(await orderCount()).toBe(before);
  });

  it("refuses a method of another zone beside the shipping methods, stock untouched", async () => {
    const browser = shop.shopper();
    const variantId = await shop.variant(4);
    await browser.add(variantId, 2);
    const before = await orderCount();
    const response = await browser.checkout({
      ...FRENCH_ADDRESS,
      intent: "pay",
      shippingRateId: shop.rates.caStandard,
    });
    expect(response.status).toBe(400);
    expect(response.data).toMatchObject({
      fieldErrors: { shippingRateId: "SHIPPING_METHOD_INVALID" },
      formError: null,
    });
    expect(await orderCount()).toBe(before);
    expect(await shop.db.stockReservation.count({ where: { variantId } })).toBe(0);
    expect(shop.stripeCalls).toBe(0);
  });

  it("refuses a cart whose item sold out meanwhile with 409, above the form", async () => {
    const browser = shop.shopper();
    const variantId = await shop.variant(3);
    await browser.add(variantId, 2);
    await shop.db.variant.update({ where: { id: variantId }, data: { stock: 0 } });
    const before = await orderCount();
    const response = await browser.checkout({
      ...FRENCH_ADDRESS,
      intent: "pay",
      shippingRateId: shop.rates.frStandard,
    });
    expect(response.status).toBe(409);
    expect(response.data?.formError).toMatch(/^(OUT_OF_STOCK|INSUFFICIENT_STOCK)$/);
    expect(response.data?.fieldErrors).toEqual({});
    expect(await orderCount()).toBe(before);
    expect(shop.stripeCalls).toBe(0);
  });

  it("answers a form it did not render with BAD_REQUEST", async () => {
    const browser = shop.shopper();
    await browser.add(await shop.variant());
    const response = await browser.checkout({ ...FRENCH_ADDRESS, intent: "order-everything" });
    expect(response.status).toBe(400);
    expect(response.data).toMatchObject({ intent: null, formError: "BAD_REQUEST" });
  });

  it("stops an address that pays too often, with Retry-After", async () => {
    const browser = shop.shopper();
    await browser.add(await shop.variant());
    let last: Awaited<ReturnType<typeof browser.checkout>> | undefined;
    let refused = 0;
    // The address's minute allows 60 cart actions, adding the item included.
    for (let attempt = 0; attempt < 61 && last?.status !== 429; attempt += 1) {
      last = await browser.checkout({ ...FRENCH_ADDRESS, email: "", intent: "pay" });
      if (last.status === 400) refused += 1;
    }
    expect(refused).toBe(59);
    expect(last?.status).toBe(429);
    expect(last?.data?.formError).toBe("RATE_LIMITED");
    expect(Number(last?.headers.get("Retry-After"))).toBeGreaterThan(0);
  });
});
