// The middleware over real HTTP: what a refused request gets, and that allowed ones reach the app
// untouched (body included).
import http from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import { refusalLogger, sameOriginGuard } from "./same-origin-guard.js";

/** @type {(() => Promise<void>)[]} */
const cleanups = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/**
 * A server whose app records what reached it and echoes the body it read.
 *
 * @param {Partial<import("./same-origin-guard.js").GuardOptions>} [options]
 */
async function serve(options = {}) {
  /** @type {{ method: string | undefined, url: string | undefined, body: string }[]} */
  const reached = [];
  /** @type {import("./same-origin-guard.js").RefusalInfo[]} */
  const refusals = [];
  const guard = sameOriginGuard({
    allowedOrigins: options.allowedOrigins ?? new Set(),
    trustProxy: options.trustProxy ?? false,
    onRefusal: (info) => refusals.push(info),
  });
  const server = http.createServer((request, response) =>
    guard(request, response, async () => {
      let body = "";
      for await (const chunk of request) body += chunk;
      reached.push({ method: request.method, url: request.url, body });
      response.end(`ran: ${body}`);
    }),
  );
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${port}`, reached, refusals };
}

describe("sameOriginGuard", () => {
  it("answers a localized 403 to a cross-origin form and runs nothing", async () => {
    const app = await serve();
    const response = await fetch(`${app.url}/en/cart?token=secret`, {
      method: "POST",
      headers: {
        origin: "https://evil.example",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: "intent=add&variantId=v1&quantity=1",
    });
    expect(response.status).toBe(403);
    expect(response.headers.get("content-language")).toBe("en");
    expect(await response.text()).toContain("<h1>Request refused</h1>");
    expect(app.reached).toEqual([]);
    // What is recorded names origins and the path, never the query string.
    expect(app.refusals).toEqual([
      {
        method: "POST",
        path: "/en/cart",
        reason: "foreign-origin",
        origin: "https://evil.example",
        expected: app.url,
      },
    ]);
  });

  it("passes the app's own forms, and requests without Origin with their body untouched", async () => {
    const app = await serve();
    const own = await fetch(`${app.url}/login`, {
      method: "POST",
      headers: { origin: app.url, "sec-fetch-site": "same-origin" },
      body: "email=a%40b.example",
    });
    expect(own.status).toBe(200);
    // Like Stripe's webhook: a server posting JSON, signed over the exact bytes.
    const payload = '{"id":"evt_1","type":"checkout.session.completed"}';
    const webhook = await fetch(`${app.url}/webhooks/stripe`, {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": "t=1,v1=abc" },
      body: payload,
    });
    expect(webhook.status).toBe(200);
    expect(await webhook.text()).toBe(`ran: ${payload}`);
    expect(app.reached.map((request) => request.url)).toEqual(["/login", "/webhooks/stripe"]);
    expect(app.refusals).toEqual([]);
  });

  it("never stops a safe method", async () => {
    const app = await serve();
    const response = await fetch(`${app.url}/fr`, {
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(response.status).toBe(200);
    expect(app.reached).toHaveLength(1);
  });

  it("refuses Origin: null, a foreign Referer and cross-site fetches, in French by default", async () => {
    const app = await serve();
    /** @type {Record<string, string>[]} */
    const forged = [
      { origin: "null" },
      { referer: "https://evil.example/page" },
      { "sec-fetch-site": "cross-site" },
    ];
    for (const headers of forged) {
      const response = await fetch(`${app.url}/login`, { method: "POST", headers, body: "x=1" });
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(await response.text()).toContain("<h1>Demande refusée</h1>");
    }
    expect(app.reached).toEqual([]);
    expect(app.refusals.map((refusal) => [refusal.reason, refusal.origin])).toEqual([
      ["null-origin", "null"],
      ["foreign-referer", "https://evil.example"],
      ["cross-site", null],
    ]);
  });

  it("behind a trusted proxy, compares with the public origin the proxy forwards", async () => {
    const app = await serve({ trustProxy: true });
    const proxied = { "x-forwarded-proto": "https", "x-forwarded-host": "shop.example" };
    const publicForm = await fetch(`${app.url}/en/cart`, {
      method: "POST",
      headers: { ...proxied, origin: "https://shop.example" },
    });
    expect(publicForm.status).toBe(200);
    const internal = await fetch(`${app.url}/en/cart`, {
      method: "POST",
      headers: { ...proxied, origin: app.url },
    });
    expect(internal.status).toBe(403);
    expect(app.refusals[0]?.expected).toBe("https://shop.example");
  });

  it("does not trust forwarded headers unless told to", async () => {
    const app = await serve({ trustProxy: false });
    const response = await fetch(`${app.url}/en/cart`, {
      method: "POST",
      headers: { "x-forwarded-host": "evil.example", origin: "http://evil.example" },
    });
    expect(response.status).toBe(403);
  });

  it("accepts the allowed origins", async () => {
    const app = await serve({ allowedOrigins: new Set(["https://www.shop.example"]) });
    const allowed = await fetch(`${app.url}/en/cart`, {
      method: "POST",
      headers: { origin: "https://www.shop.example" },
    });
    expect(allowed.status).toBe(200);
    const other = await fetch(`${app.url}/en/cart`, {
      method: "POST",
      headers: { origin: "https://shop.example" },
    });
    expect(other.status).toBe(403);
  });
});

describe("refusalLogger", () => {
  it("writes one JSON line in the shape of the apps' logs", () => {
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const log = refusalLogger("storefront", { NODE_ENV: "production" });
    log?.({
      method: "POST",
      path: "/en/cart",
      reason: "foreign-origin",
      origin: "https://evil.example",
      expected: "https://shop.example",
    });
    expect(write).toHaveBeenCalledTimes(1);
    const line = String(write.mock.calls[0]?.[0]);
    expect(line.endsWith("\n")).toBe(true);
    expect(JSON.parse(line)).toEqual({
      level: "warn",
      time: expect.any(String),
      service: "storefront",
      msg: "cross-site request refused",
      method: "POST",
      path: "/en/cart",
      reason: "foreign-origin",
      origin: "https://evil.example",
      expected: "https://shop.example",
    });
  });

  it("is quiet under tests and when the level hides warnings", () => {
    expect(refusalLogger("admin", { NODE_ENV: "test" })).toBeUndefined();
    expect(refusalLogger("admin", { NODE_ENV: "production", LOG_LEVEL: "error" })).toBeUndefined();
    expect(refusalLogger("admin", { NODE_ENV: "test", LOG_LEVEL: "warn" })).toBeTypeOf("function");
  });
});
