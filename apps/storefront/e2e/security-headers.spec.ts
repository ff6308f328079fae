// The security headers on every page type the storefront serves, and the public API's CORS policy
// as a browser applies it. (Every other end-to-end test also fails on a CSP violation: fixtures.ts.)
import http from "node:http";
import type { AddressInfo } from "node:net";
import { startBuiltApp, type RunningApp } from "@comptoir/devkit/servers";
import type { APIResponse, Page } from "@playwright/test";
import { addToCart, productWithTwoVariants } from "./checkout-helpers";
import { expect, test } from "./fixtures";

function expectCommonHeaders(response: APIResponse, path: string) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["x-frame-options"], path).toBe("DENY");
  expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], path).toContain("camera=()");
  // Served over http in tests (NODE_ENV=test): HSTS is for production's https only.
  expect(headers["strict-transport-security"], path).toBeUndefined();
  const policy = headers["content-security-policy"] ?? "";
  expect(policy, path).toContain("default-src 'self'");
  expect(policy, path).toContain("frame-ancestors 'none'");
  expect(policy, path).not.toContain("unsafe-inline");
  expect(policy, path).not.toContain("unsafe-eval");
}

/** Every executable inline script of the page carries the nonce of its response's policy. */
async function expectScriptsCarryTheNonce(response: APIResponse, path: string) {
  const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(
    response.headers()["content-security-policy"] ?? "",
  )?.[1];
  expect(nonce, path).toBeTruthy();
  const html = await response.text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]!);
  const executable = scripts.filter((attributes) => !attributes.includes('type="application/ld+json"'));
  expect(executable.length, path).toBeGreaterThan(0);
  for (const attributes of executable) expect(attributes, path).toContain(`nonce="${nonce}"`);
}

test("every page type sends the security headers, its scripts carrying the response's nonce", async ({
  page,
  request,
}) => {
  await page.goto("/fr");
  const categoryPath = await page.locator('a[href^="/fr/categorie/"]').first().getAttribute("href");
  const productPath = await page.locator('a[href^="/fr/produit/"]').first().getAttribute("href");
  const pages = [
    "/fr",
    "/en",
    categoryPath!,
    productPath!,
    "/fr/recherche?q=miel",
    "/fr/panier",
    "/en/login",
    "/fr/inscription",
    "/en/forgot-password",
    "/fr/produit/cette-page-nexiste-pas",
    "/de",
  ];
  for (const path of pages) {
    const response = await request.get(path);
    expect([200, 404], path).toContain(response.status());
    expectCommonHeaders(response, path);
    await expectScriptsCarryTheNonce(response, path);
  }
  // Two responses, two nonces.
  const [first, second] = await Promise.all([request.get("/fr"), request.get("/fr")]);
  expect(first.headers()["content-security-policy"]).not.toBe(second.headers()["content-security-policy"]);

  // Redirects (the account area and the checkout without a cart) and files the shop serves.
  for (const path of ["/fr/compte", "/en/checkout", "/sitemap.xml", "/robots.txt", "/favicon.svg"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([200, 302, 303], path).toContain(response.status());
    expectCommonHeaders(response, path);
  }
});

test("pages work under the policy: hydrated, the cart updates without a page load", async ({ page }) => {
  const product = await productWithTwoVariants(5);
  // addToCart waits for hydration, then adds through a fetcher; a blocked script fails it, and a
  // violation reported by the browser fails the test (fixtures.ts).
  await addToCart(page, `/en/product/${product.en}`, product.variants[0]!.sku);
});

test.describe("the public API from other sites' pages", () => {
  const partner = http.createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end("<!doctype html><title>Partner</title><p>Partner site</p>");
  });
  let partnerOrigin: string;
  let shop: RunningApp;

  test.beforeAll(async () => {
    await new Promise<void>((resolve) => partner.listen(0, "127.0.0.1", resolve));
    partnerOrigin = `http://127.0.0.1:${(partner.address() as AddressInfo).port}`;
    shop = await startBuiltApp("storefront", {
      DATABASE_URL: process.env.E2E_DATABASE_URL!,
      API_CORS_ORIGINS: partnerOrigin,
    });
  });

  test.afterAll(async () => {
    await shop?.stop();
    await new Promise((resolve) => partner.close(resolve));
  });

  /** What the partner page's script gets when it calls the shop's API. */
  async function callFromPartner(page: Page, apiOrigin: string) {
    await page.goto(partnerOrigin);
    const input = encodeURIComponent(JSON.stringify({ locale: "en" }));
    return page.evaluate(async (url) => {
      try {
        const response = await fetch(url, { headers: { "content-type": "application/json" } });
        const body = (await response.json()) as { result?: { data?: unknown[] } };
        return { status: response.status, categories: Array.isArray(body.result?.data) };
      } catch (error) {
        return { error: String(error) };
      }
    }, `${apiOrigin}/api/trpc/catalog.categoryTree?input=${input}`);
  }

  test("a listed origin's scripts read the catalogue; anyone else's are refused by the browser", async ({
    page,
    baseURL,
  }) => {
    expect(await callFromPartner(page, shop.url)).toEqual({ status: 200, categories: true });
    // The shop of the other tests lists no origin: the same call is blocked.
    expect(await callFromPartner(page, baseURL!)).toEqual({
      error: expect.stringContaining("Failed to fetch"),
    });
  });
});
