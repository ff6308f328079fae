// The admin's security headers on every kind of response it serves, staff pages behind the login
// included. (Every other test also fails on a Content-Security-Policy violation: fixtures.ts.)
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createTestOrder, createTestProduct } from "@comptoir/core/testing";
import { createDb } from "@comptoir/db";
import type { APIResponse } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createStaff, logIn } from "./staff";

function expectAdminHeaders(response: APIResponse, path: string) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  // Never framed by another site, in every browser (the CSP's frame-ancestors for those that read it).
  expect(headers["x-frame-options"], path).toBe("DENY");
  // Admin URLs name orders and customers: other sites never see them.
  expect(headers["referrer-policy"], path).toBe("same-origin");
  expect(headers["permissions-policy"], path).toContain("camera=()");
  expect(headers["cross-origin-opener-policy"], path).toBe("same-origin");
  const policy = headers["content-security-policy"] ?? "";
  expect(policy, path).toContain("frame-ancestors 'none'");
  expect(policy, path).toContain("form-action 'self'");
  expect(policy, path).not.toContain("unsafe-inline");
  // The admin's forms lead nowhere else (the storefront's may lead to the payment page).
  expect(policy, path).not.toContain("checkout.stripe.com");
}

/** Every executable script of the page carries the nonce of its response's policy. */
async function expectScriptsCarryTheNonce(response: APIResponse, path: string) {
  const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce, path).toBeTruthy();
  const scripts = [...(await response.text()).matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]!);
  expect(scripts.length, path).toBeGreaterThan(0);
  for (const attributes of scripts) expect(attributes, path).toContain(`nonce="${nonce}"`);
}

test("every kind of admin response sends the security headers; page scripts carry the nonce", async ({
  request,
}) => {
  for (const path of ["/login", "/page-that-does-not-exist"]) {
    const response = await request.get(path);
    expect([200, 404], path).toContain(response.status());
    expectAdminHeaders(response, path);
    await expectScriptsCarryTheNonce(response, path);
  }
  // A staff page without a session redirects to the login page; a missing image is a 404.
  for (const path of ["/products", "/media/missing-image.webp", "/favicon.svg"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([200, 302, 404], path).toContain(response.status());
    expectAdminHeaders(response, path);
  }
});

test("every staff page sends them too, its scripts carrying the nonce", async ({ page }) => {
  // An order to open, and an owner (every page is theirs) logged in with password and code.
  const db = createDb(process.env.E2E_DATABASE_URL!, { poolMax: 1 });
  const order = await (async () => {
    try {
      const product = await createTestProduct(db, { variants: [{ stock: 5, priceAmount: 1500 }] });
      return await createTestOrder(db, {
        lines: [{ variantId: product.variantIds[0]!, quantity: 1, unitAmount: 1500 }],
      });
    } finally {
      await db.$disconnect();
    }
  })();
  await logIn(page, await createStaff("OWNER"));
  for (const path of ["/", "/orders", `/orders/${order.id}`, "/products", "/staff", "/reauthenticate"]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expectAdminHeaders(response, path);
    await expectScriptsCarryTheNonce(response, path);
  }
});

test("admin pages run their scripts under the policy, and no other site can frame them", async ({
  page,
  baseURL,
  cspViolations,
}) => {
  await page.goto("/login");
  // Remix's router exists once the inline (nonce-carrying) and module scripts have run.
  await page.waitForFunction(() => "__remixRouter" in window);

  // Another site's page framing the admin's login page gets an empty frame.
  const framing = http.createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><title>Framing</title><iframe src="${baseURL}/login"></iframe>`);
  });
  await new Promise<void>((resolve) => framing.listen(0, "127.0.0.1", resolve));
  try {
    cspViolations.allow(/frame-ancestors/);
    await page.goto(`http://127.0.0.1:${(framing.address() as AddressInfo).port}`);
    await expect.poll(() => cspViolations.seen.join("\n")).toContain("frame-ancestors 'none'");
    await expect(page.frameLocator("iframe").locator("form")).toHaveCount(0);
  } finally {
    await new Promise((resolve) => framing.close(resolve));
  }
});
