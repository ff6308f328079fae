// The admin's security headers on every kind of response it serves. Staff pages behind the login
// are covered by the other tests: any Content-Security-Policy violation fails them (fixtures.ts).
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { APIResponse } from "@playwright/test";
import { expect, test } from "./fixtures";

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

test("every kind of admin response sends the security headers; page scripts carry the nonce", async ({
  request,
}) => {
  for (const path of ["/login", "/page-that-does-not-exist"]) {
    const response = await request.get(path);
    expect([200, 404], path).toContain(response.status());
    expectAdminHeaders(response, path);
    const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
    const scripts = [...(await response.text()).matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]!);
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const attributes of scripts) expect(attributes, path).toContain(`nonce="${nonce}"`);
  }
  // A staff page without a session redirects to the login page; a missing image is a 404.
  for (const path of ["/products", "/media/missing-image.webp", "/favicon.svg"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([200, 302, 404], path).toContain(response.status());
    expectAdminHeaders(response, path);
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
