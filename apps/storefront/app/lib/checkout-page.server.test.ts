// The checkout page's loader against a real PostgreSQL and the real API, with requests built as a
// browser sends them (see checkout-test-shop.server.ts).
import { describe, expect, it } from "vitest";
import { useCheckoutTestShop } from "./checkout-test-shop.server";

const shop = useCheckoutTestShop("storefront_checkout_page");

describe("the checkout page", () => {
  it("sends a shopper without a cart back to the cart page", async () => {
    const redirect = await shop.shopper().pageRedirect();
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get("Location")).toBe("/fr/panier");
    expect(redirect.headers.get("Cache-Control")).toBe("private, no-store");
  });

  it("offers France's methods priced for the cart, never cached, not indexed", async () => {
    const browser = shop.shopper();
    await browser.add(await shop.variant(10, 3500), 2);
    const page = await browser.page();
    expect(page.headers.get("Cache-Control")).toBe("private, no-store");
    expect(page.cart.itemCount).toBe(2);
    expect(page.values).toEqual({ country: "FR", region: "" });
    // 70 € is over the free-shipping threshold of the standard method.
    expect(page.shipping.options.map(({ id, amount, free }) => ({ id, amount, free }))).toEqual([
      { id: shop.rates.frStandard, amount: 0, free: true },
      { id: shop.rates.frExpress, amount: 990, free: false },
    ]);
    expect(page.seo).toMatchObject({
      noindex: true,
      canonical: "http://shop.test/fr/commande",
      alternates: { fr: "http://shop.test/fr/commande", en: "http://shop.test/en/checkout" },
    });
  });

  it("prices another country named in the URL, and ignores one the shop does not know", async () => {
    const browser = shop.shopper();
    await browser.add(await shop.variant());
    const canada = await browser.page("?country=ca&region=qc");
    expect(canada.shipping).toMatchObject({ country: "CA", region: "QC", error: null });
    expect(canada.shipping.options.map((option) => option.id)).toEqual([shop.rates.caStandard]);
    expect((await browser.page("?country=US")).shipping.country).toBe("FR");
  });

  it("lists a cart's problems instead of offering to pay for it", async () => {
    const browser = shop.shopper();
    const variantId = await shop.variant(5);
    await browser.add(variantId, 3);
    await shop.db.variant.update({ where: { id: variantId }, data: { stock: 1 } });
    const page = await browser.page();
    expect(page.cart.problems).toEqual([{ variantId, code: "INSUFFICIENT_STOCK" }]);
    expect(page.shipping.options).toEqual([]);
  });
});
