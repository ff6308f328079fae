// The headers over real HTTP (Express, as in production): defaults, a route's own value winning,
// a fresh nonce per response, and no policy on a 304.
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  errorReportingOrigins,
  paymentPageOrigins,
  securityHeaders,
} from "./security-headers.js";

/** @type {(() => Promise<void>)[]} */
const cleanups = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/**
 * @param {import("./security-headers.js").SecurityHeaderOptions} options
 * @returns {Promise<string>} The server's URL.
 */
async function serve(options) {
  const app = express();
  app.use(securityHeaders(options));
  app.get("/page", (_request, response) => {
    response.type("html").send(`<script nonce="${response.locals.cspNonce}"></script>`);
  });
  app.get("/emailed-link", (_request, response) => {
    response.setHeader("Referrer-Policy", "strict-origin");
    response.type("html").send("link");
  });
  app.get("/cached", (_request, response) => {
    response.status(304).end();
  });
  const server = await new Promise((resolve) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
  });
  cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${server.address().port}`;
}

/** @param {Response} response */
function nonceOf(response) {
  return /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
}

describe("securityHeaders", () => {
  it("sends the policy with a fresh nonce, the one the page's scripts carry", async () => {
    const url = await serve({ app: "storefront", production: false });
    const first = await fetch(`${url}/page`);
    const second = await fetch(`${url}/page`);
    const nonce = nonceOf(first);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(await first.text()).toBe(`<script nonce="${nonce}"></script>`);
    expect(nonceOf(second)).not.toBe(nonce);
    const policy = first.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("sends the storefront's defaults, and no HSTS outside production", async () => {
    const url = await serve({ app: "storefront", production: false });
    const response = await fetch(`${url}/page`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("permissions-policy")).toContain("camera=()");
    expect(response.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("adds HSTS and upgrade-insecure-requests in production, and a same-origin referrer on the admin", async () => {
    const url = await serve({ app: "admin", production: true });
    const response = await fetch(`${url}/page`);
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    expect(response.headers.get("referrer-policy")).toBe("same-origin");
  });

  it("lets a route set its own value instead of adding a second one", async () => {
    const url = await serve({ app: "storefront", production: false });
    const response = await fetch(`${url}/emailed-link`);
    expect(response.headers.get("referrer-policy")).toBe("strict-origin");
  });

  it("sends no policy with a 304, whose cached body carries another response's nonce", async () => {
    const url = await serve({ app: "storefront", production: false });
    const response = await fetch(`${url}/cached`);
    expect(response.status).toBe(304);
    expect(response.headers.get("content-security-policy")).toBeNull();
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("contentSecurityPolicy", () => {
  it("lets scripts send to the error-reporting origin and forms lead to the payment page", () => {
    const policy = contentSecurityPolicy({
      app: "storefront",
      production: false,
      nonce: "abc",
      connectOrigins: errorReportingOrigins("https://key@o1.ingest.sentry.io/42"),
      formOrigins: paymentPageOrigins({ NODE_ENV: "test", STRIPE_EMULATOR_URL: "http://127.0.0.1:4242" }),
    });
    expect(policy.split("; ")).toEqual([
      "default-src 'self'",
      "script-src 'self' 'nonce-abc'",
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self' https://o1.ingest.sentry.io",
      "form-action 'self' https://checkout.stripe.com http://127.0.0.1:4242",
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "object-src 'none'",
    ]);
  });

  it("never lets a form lead to the emulator in production, nor when Stripe is configured", () => {
    expect(paymentPageOrigins({ NODE_ENV: "production" })).toEqual(["https://checkout.stripe.com"]);
    expect(paymentPageOrigins({ NODE_ENV: "development", STRIPE_SECRET_KEY: "sk_test_1" })).toEqual([
      "https://checkout.stripe.com",
    ]);
    expect(errorReportingOrigins(undefined)).toEqual([]);
  });
});
