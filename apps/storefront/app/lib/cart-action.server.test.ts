// The cart page's action and loader against a real PostgreSQL and the real API (the same
// procedures, validation and cookies as in production), with requests built as a browser sends them.
import { randomBytes } from "node:crypto";
import { createCaller, createContext, type RequestCaller } from "@comptoir/api";
import { createTestProduct } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import type { CartActionData } from "./cart-action-data";

type DataResult = { data: CartActionData; init: ResponseInit | null };
import { cartAction } from "./cart-action.server";
import { cartPageData } from "./cart-page.server";

const database = useTestDatabase("storefront_cart");

/** The caller the app builds for a request (createRequestCaller), on this file's database. */
async function callerFor(request: Request): Promise<RequestCaller> {
  const resHeaders = new Headers();
  const ctx = await createContext({
    db: database.db,
    audience: "storefront",
    headers: request.headers,
    resHeaders,
  });
  return { api: createCaller(ctx), resHeaders };
}

/** A browser: keeps the cookies it is sent, posts forms from one address. */
function shopper(address = `10.${[1, 2, 3].map(() => randomBytes(1)[0]).join(".")}`) {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const keep = (response: { headers: Headers }) => {
    for (const header of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = header.split(";");
      const [name = "", value = ""] = pair.split("=");
      if (attributes.some((attribute) => attribute.trim() === "Max-Age=0")) jar.delete(name);
      else jar.set(name, value);
    }
  };
  return {
    jar,
    async post(fields: Record<string, string>, locale: "fr" | "en" = "fr") {
      const request = new Request(`http://shop.test/${locale}/panier`, {
        method: "POST",
        headers: { Cookie: cookie(), "X-Forwarded-For": address },
        body: new URLSearchParams(fields),
      });
      const result = await cartAction(request, locale, await callerFor(request));
      // A redirect (Post/Redirect/Get) or data for the page or a fetcher.
      const response =
        result instanceof Response
          ? { status: result.status, headers: result.headers, data: null }
          : {
              status: (result as DataResult).init?.status ?? 200,
              headers: new Headers((result as DataResult).init?.headers),
              data: (result as DataResult).data,
            };
      keep(response);
      return response;
    },
    async page(locale: "fr" | "en" = "fr") {
      const request = new Request(`http://shop.test/${locale}/panier`, { headers: { Cookie: cookie() } });
      const result = await cartPageData(request, locale, await callerFor(request));
      const headers = new Headers(result.init?.headers);
      keep({ headers });
      return { headers, ...result.data };
    },
  };
}

async function variant(stock = 10, priceAmount = 1250) {
  const { id } = await createTestProduct(database.db, { variants: [{ stock, priceAmount }] });
  const row = await database.db.variant.findFirstOrThrow({ where: { productId: id }, select: { id: true } });
  return row.id;
}

describe("cart action without JavaScript", () => {
  it("adds, then redirects to the cart page, which shows the line from the new cookie", async () => {
    const browser = shopper();
    const variantId = await variant();
    const response = await browser.post({ intent: "add", variantId, quantity: "2" });
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe("/fr/panier");
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect(browser.jar.get("cart_count")).toBe("2");
    expect(browser.jar.get("comptoir_cart")).toBeTruthy();

    const page = await browser.page();
    expect(page.headers.get("Cache-Control")).toBe("private, no-store");
    expect(page.cart.lines).toEqual([
      expect.objectContaining({ variantId, quantity: 2, unitAmount: 1250, lineSubtotal: 2500 }),
    ]);
    expect(page.cart.itemCount).toBe(2);
    expect(page.seo).toMatchObject({
      noindex: true,
      canonical: "http://shop.test/fr/panier",
      alternates: { fr: "http://shop.test/fr/panier", en: "http://shop.test/en/cart" },
    });
    // The count cookie already says 2: the page does not send it again.
    expect(page.headers.getSetCookie()).toEqual([]);
  });

  it("refuses a quantity above the stock with 409, the shopper's input echoed and the cart unchanged", async () => {
    const browser = shopper();
    const variantId = await variant(3);
    await browser.post({ intent: "add", variantId, quantity: "1" });
    const response = await browser.post({ intent: "update", variantId, quantity: "7" });
    expect(response.status).toBe(409);
    expect(response.data).toEqual({
      ok: false,
      intent: "update",
      variantId,
      error: "INSUFFICIENT_STOCK",
      values: { quantity: "7" },
    });
    expect((await browser.page()).cart.lines[0]?.quantity).toBe(1);
  });

  it("refuses what the form rules refuse before asking the API, and an unknown variant with 404", async () => {
    const browser = shopper();
    const variantId = await variant();
    expect(await browser.post({ intent: "add", variantId, quantity: "deux" })).toMatchObject({
      status: 400,
      data: { ok: false, error: "validation.quantity", values: { quantity: "deux" } },
    });
    expect(
      await browser.post({ intent: "add", variantId: "cm0000000000000000000000", quantity: "1" }),
    ).toMatchObject({
      status: 404,
      data: { ok: false, intent: "add", error: "NOT_FOUND" },
    });
    expect(await browser.post({ intent: "checkout" })).toMatchObject({
      status: 400,
      data: { error: "BAD_REQUEST" },
    });
    expect(browser.jar.has("comptoir_cart")).toBe(false);
  });

  it("applies and removes a discount code, and names an unknown one", async () => {
    const browser = shopper();
    await browser.post({ intent: "add", variantId: await variant(10, 2000), quantity: "2" });
    await database.db.discountCode.create({ data: { code: "MERCI15", kind: "PERCENTAGE", percentOff: 15 } });

    expect(await browser.post({ intent: "applyDiscount", code: "nope" })).toMatchObject({
      status: 400,
      data: { ok: false, intent: "applyDiscount", error: "DISCOUNT_NOT_FOUND", values: { code: "nope" } },
    });
    expect((await browser.post({ intent: "applyDiscount", code: " merci15 " })).status).toBe(303);
    const discounted = (await browser.page()).cart;
    expect(discounted.discount).toMatchObject({ code: "MERCI15", kind: "PERCENTAGE", amount: 600 });
    expect(discounted.totals).toMatchObject({ subtotal: 4000, discount: 600 });

    expect((await browser.post({ intent: "removeDiscount" })).status).toBe(303);
    expect((await browser.page()).cart.discount).toBeNull();
  });

  it("removes a line, and forgets the count once the cart is empty", async () => {
    const browser = shopper();
    const variantId = await variant();
    await browser.post({ intent: "add", variantId, quantity: "1" });
    expect(browser.jar.get("cart_count")).toBe("1");
    expect((await browser.post({ intent: "remove", variantId })).status).toBe(303);
    expect(browser.jar.has("cart_count")).toBe(false);
    expect((await browser.page()).cart.lines).toEqual([]);
  });
});

describe("cart action from a fetcher", () => {
  it("answers data in place of a redirect", async () => {
    const browser = shopper();
    const variantId = await variant();
    const response = await browser.post({ intent: "add", variantId, quantity: "3", enhanced: "1" });
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ ok: true, intent: "add", variantId, itemCount: 3 });
    expect(browser.jar.get("cart_count")).toBe("3");
  });
});

describe("the cart cookie", () => {
  it("cannot be forged to reach another shopper's cart", async () => {
    const victim = shopper();
    const variantId = await variant();
    await victim.post({ intent: "add", variantId, quantity: "2" });
    const victimCart = await database.db.cart.findFirstOrThrow({
      where: { items: { some: { variantId } } },
      select: { id: true },
    });

    const attacker = shopper();
    // The bare id, and the id encoded the way the cookie encodes it, without the signature.
    for (const forged of [victimCart.id, btoa(JSON.stringify(victimCart.id))]) {
      attacker.jar.set("comptoir_cart", forged);
      const page = await attacker.page();
      expect(page.cart.id).toBeNull();
      expect(page.cart.lines).toEqual([]);
    }
    attacker.jar.set("comptoir_cart", btoa(JSON.stringify(victimCart.id)));
    await attacker.post({ intent: "add", variantId, quantity: "5" });
    // The attacker got a cart of their own; the victim's is untouched.
    expect((await victim.page()).cart.lines[0]?.quantity).toBe(2);
    expect(attacker.jar.get("comptoir_cart")).not.toBe(btoa(JSON.stringify(victimCart.id)));
    expect((await attacker.page()).cart.lines[0]?.quantity).toBe(5);
  });

  it("is forgotten when it names a cart that no longer exists", async () => {
    const browser = shopper();
    const variantId = await variant();
    await browser.post({ intent: "add", variantId, quantity: "1" });
    // As when a cart is cleaned up after it became an order.
    await database.db.cart.deleteMany({ where: { items: { some: { variantId } } } });
    const page = await browser.page();
    expect(page.cart.id).toBeNull();
    expect(browser.jar.has("comptoir_cart")).toBe(false);
    expect(browser.jar.has("cart_count")).toBe(false);
  });
});

describe("rate limits", () => {
  it("allow 60 cart actions a minute from one address, then answer 429 with Retry-After", async () => {
    const browser = shopper();
    // Refused forms still count: they cost the shop a request all the same.
    for (let index = 0; index < 60; index += 1) {
      expect((await browser.post({ intent: "checkout" })).status).toBe(400);
    }
    const limited = await browser.post({ intent: "applyDiscount", code: "MERCI15" });
    expect(limited.status).toBe(429);
    expect(limited.data).toMatchObject({ ok: false, intent: "applyDiscount", error: "RATE_LIMITED" });
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get("Retry-After"))).toBeLessThanOrEqual(60);
    // Another address is not affected.
    expect((await shopper().post({ intent: "checkout" })).status).toBe(400);
  });
});
