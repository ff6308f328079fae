// The confirmation page's data against a real PostgreSQL and the real API: the order found by the
// Checkout Session id Stripe puts in the URL, its states, and the header's cart count.
import { createCaller, createContext, type RequestCaller } from "@comptoir/api";
import { createTestOrder, createTestProduct } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { cartCookies } from "./cart-cookie.server";
import { CONFIRMATION_MAX_CHECKS } from "./checkout-confirmation";
import { confirmationPageData } from "./checkout-confirmation.server";

const database = useTestDatabase("storefront_confirmation");

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

/** A guest cart holding `quantity` units, and the cookies a browser holding it sends. */
async function cartWith(quantity: number) {
  const { id } = await createTestProduct(database.db, { variants: [{ stock: 10, priceAmount: 1500 }] });
  const variant = await database.db.variant.findFirstOrThrow({
    where: { productId: id },
    select: { id: true },
  });
  const cart = await database.db.cart.create({
    data: { currency: "EUR", items: { create: { variantId: variant.id, quantity } } },
    select: { id: true },
  });
  const [cartCookie = ""] = await cartCookies.commit(cart.id, quantity);
  const cookie = `${cartCookie.split(";")[0]}; cart_count=${quantity}`;
  return { cartId: cart.id, variantId: variant.id, cookie };
}

async function load(url: string, cookie = "") {
  const request = new Request(`http://shop.test${url}`, { headers: { Cookie: cookie } });
  const result = await confirmationPageData(request, "fr", await callerFor(request));
  return { headers: new Headers(result.init?.headers), ...result.data };
}

/** The status of the response the loader throws instead of the page. */
async function refusal(url: string): Promise<number> {
  const request = new Request(`http://shop.test${url}`);
  return confirmationPageData(request, "fr", await callerFor(request)).then(
    () => Promise.reject(new Error("the page was served")),
    (thrown: unknown) => (thrown instanceof Response ? thrown.status : Promise.reject(thrown)),
  );
}

describe("the confirmation page", () => {
  it("waits for a pending order, checking again without JavaScript, then thanks once it is paid", async () => {
    const { cartId, variantId, cookie } = await cartWith(2);
    const order = await createTestOrder(database.db, {
      cartId,
      email: "camille@example.com",
      lines: [{ variantId, quantity: 2, unitAmount: 1500 }],
    });
    const path = `/fr/commande/confirmation?session_id=${order.stripeCheckoutSessionId}`;

    const pending = await load(path, cookie);
    expect(pending.headers.get("Cache-Control")).toBe("private, no-store");
    expect(pending).toMatchObject({
      state: "pending",
      number: order.number,
      email: "camille@example.com",
      recheck: { path: `${path}&check=1`, seconds: 2 },
      summary: { total: 3000, lines: [{ quantity: 2, unitAmount: 1500, total: 3000 }] },
      seo: { noindex: true },
    });
    // The cart still holds the items: the header's count stays as it is.
    expect(pending.headers.getSetCookie()).toEqual([]);

    expect(await load(`${path}&check=${CONFIRMATION_MAX_CHECKS}`, cookie)).toMatchObject({
      state: "slow",
      recheck: null,
      checkAgainPath: path,
    });

    // What the payment webhook does: the order is paid and its cart emptied.
    await database.db.order.update({ where: { id: order.id }, data: { status: "PAID", paidAt: new Date() } });
    await database.db.cartItem.deleteMany({ where: { cartId } });
    const paid = await load(`${path}&check=3`, cookie);
    expect(paid).toMatchObject({ state: "paid", recheck: null });
    expect(paid.headers.getSetCookie()).toEqual([expect.stringMatching(/^cart_count=0; Max-Age=0;/)]);
  });

  it("says when the order was never paid", async () => {
    const { cartId, variantId } = await cartWith(1);
    const order = await createTestOrder(database.db, {
      cartId,
      lines: [{ variantId, quantity: 1, unitAmount: 1500 }],
    });
    await database.db.order.update({ where: { id: order.id }, data: { status: "CANCELLED" } });
    expect(await load(`/fr/commande/confirmation?session_id=${order.stripeCheckoutSessionId}`)).toMatchObject(
      {
        state: "cancelled",
      },
    );
  });

  it("is a 404 for an unknown session, a malformed one, or none", async () => {
    expect(await refusal("/fr/commande/confirmation?session_id=cs_test_unknown")).toBe(404);
    expect(await refusal("/fr/commande/confirmation?session_id=%3Cscript%3E")).toBe(404);
    expect(await refusal("/fr/commande/confirmation")).toBe(404);
  });
});
