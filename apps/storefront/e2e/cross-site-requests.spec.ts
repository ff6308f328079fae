// Cross-site request forgery: the storefront's forms posted from another site are refused before the
// app runs (see packages/server/src/same-origin.js); its own pages and Stripe's webhooks, which send
// no Origin, still get through.
import { expect, test } from "./fixtures";
import { productWithTwoVariants, withDb } from "./checkout-helpers";

const CART_COOKIE = /comptoir_cart/;

test.describe("cross-site requests", () => {
  test("a cart form posted with another site's Origin is refused and changes nothing", async ({
    playwright,
    baseURL,
  }) => {
    const product = await productWithTwoVariants(3);
    const [first, second] = product.variants;
    const request = await playwright.request.newContext({ baseURL });
    const add = (variantId: string, headers: Record<string, string>, path = "/en/cart") =>
      request.post(path, { form: { intent: "add", variantId, quantity: "1" }, headers, maxRedirects: 0 });

    const refused = await add(first!.id, { origin: "https://evil.example" });
    expect(refused.status()).toBe(403);
    expect(refused.headers()["content-language"]).toBe("en");
    expect(refused.headers()["set-cookie"]).toBeUndefined();
    expect(await refused.text()).toContain("<h1>Request refused</h1>");
    const french = await add(first!.id, { origin: "https://evil.example" }, "/fr/panier");
    expect(french.status()).toBe(403);
    expect(await french.text()).toContain("<h1>Demande refusée</h1>");
    expect((await request.storageState()).cookies).toEqual([]);

    // The same form from the storefront's own origin adds to a new cart.
    const own = await add(first!.id, { origin: new URL(baseURL!).origin });
    expect(own.status()).toBe(303);
    expect(own.headers()["set-cookie"]).toMatch(CART_COOKIE);

    // With that cart's cookie, forged posts still change nothing.
    const forged: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "null" },
      { referer: "https://evil.example/offer" },
      { "sec-fetch-site": "cross-site" },
    ];
    for (const headers of forged) {
      const response = await add(second!.id, headers);
      expect(response.status(), JSON.stringify(headers)).toBe(403);
    }
    const cart = await request.get("/en/cart");
    expect(await cart.text()).toContain('data-testid="cart-item-count">1 item<');
    await request.dispose();
  });

  test("a page on another site cannot fill a shopper's cart", async ({ page, baseURL }) => {
    const product = await productWithTwoVariants(4);
    await page.route("https://evil.example/**", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html lang="en"><body>
          <form method="post" action="${baseURL}/en/cart">
            <input type="hidden" name="intent" value="add">
            <input type="hidden" name="variantId" value="${product.variants[0]!.id}">
            <input type="hidden" name="quantity" value="5">
            <button>Claim your gift</button>
          </form>
        </body></html>`,
      }),
    );
    await page.goto("https://evil.example/");
    const [response] = await Promise.all([
      page.waitForResponse(`${baseURL}/en/cart`),
      page.getByRole("button", { name: "Claim your gift" }).click(),
    ]);
    expect(response.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Request refused");
    await page.goto("/en/cart");
    await expect(page.getByTestId("cart-empty")).toBeVisible();
  });

  test("Stripe's webhooks, sent without Origin, still reach the shop", async ({ request }) => {
    // The payment emulator posts signed events to /webhooks/stripe as Stripe does: expiring a
    // Checkout Session sends one.
    const emulator = process.env.E2E_STRIPE_EMULATOR_URL!;
    const stripe = (path: string, params: Record<string, string> = {}) =>
      request.post(`${emulator}${path}`, {
        headers: { authorization: "Bearer sk_test_cross_site" },
        form: params,
      });
    const created = await stripe("/v1/checkout/sessions", {
      mode: "payment",
      "line_items[0][quantity]": "1",
      "line_items[0][price_data][currency]": "eur",
      "line_items[0][price_data][unit_amount]": "1200",
      "line_items[0][price_data][product_data][name]": "Webhook check",
      success_url: "https://shop.example/done",
    });
    expect(created.status()).toBe(200);
    const session = (await created.json()) as { id: string };
    expect((await stripe(`/v1/checkout/sessions/${session.id}/expire`)).status()).toBe(200);

    await expect
      .poll(
        () =>
          withDb((db) =>
            db.paymentEvent.findFirst({
              where: { objectId: session.id, type: "checkout.session.expired" },
              select: { processedAt: true },
            }),
          ),
        { timeout: 15_000 },
      )
      .toEqual({ processedAt: expect.any(Date) });
  });
});
