import { describe, expect, it } from "vitest";
import { checkSameOrigin, originOf, requestOrigin } from "./same-origin.js";

const OWN = "https://shop.example";
const NONE = new Set();

/**
 * @param {string} method
 * @param {import("node:http").IncomingHttpHeaders} headers
 * @param {{ ownOrigin?: string | null, allowedOrigins?: ReadonlySet<string> }} [options]
 */
function decide(method, headers, options = {}) {
  return checkSameOrigin({
    method,
    headers,
    ownOrigin: options.ownOrigin === undefined ? OWN : options.ownOrigin,
    allowedOrigins: options.allowedOrigins ?? NONE,
  });
}

describe("checkSameOrigin", () => {
  it("lets safe methods through whatever their headers say", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "TRACE", "get"]) {
      expect(
        decide(method, { origin: "https://evil.example", "sec-fetch-site": "cross-site" }),
        method,
      ).toEqual({ allowed: true });
    }
  });

  it("accepts a form posted from the app's own pages", () => {
    expect(decide("POST", { origin: OWN, "sec-fetch-site": "same-origin" })).toEqual({ allowed: true });
    // Scheme and host compare as origins do: case and default ports do not matter.
    expect(decide("POST", { origin: "HTTPS://Shop.Example:443" })).toEqual({ allowed: true });
  });

  it("refuses every state-changing method from another origin", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "post"]) {
      expect(decide(method, { origin: "https://evil.example" }), method).toEqual({
        allowed: false,
        reason: "foreign-origin",
      });
    }
  });

  it("tells origins apart by scheme, host and port", () => {
    for (const origin of [
      "http://shop.example",
      "https://shop.example:8443",
      "https://www.shop.example",
      "https://shop.example.evil.example",
    ]) {
      expect(decide("POST", { origin }), origin).toEqual({ allowed: false, reason: "foreign-origin" });
    }
  });

  it("refuses Origin: null and origins that are not http(s) URLs", () => {
    expect(decide("POST", { origin: "null" })).toEqual({ allowed: false, reason: "null-origin" });
    for (const origin of ["", "shop.example", "file://", "chrome-extension://abc", `${OWN}, ${OWN}`]) {
      expect(decide("POST", { origin }), origin).toEqual({ allowed: false, reason: "foreign-origin" });
    }
  });

  it("refuses what the browser marks as sent by another site, even with a matching Origin", () => {
    expect(decide("POST", { "sec-fetch-site": "cross-site" })).toEqual({
      allowed: false,
      reason: "cross-site",
    });
    expect(decide("POST", { "sec-fetch-site": "cross-site", origin: OWN })).toEqual({
      allowed: false,
      reason: "cross-site",
    });
    // A sibling subdomain is "same-site": SameSite cookies go with it, so its Origin is checked.
    expect(decide("POST", { "sec-fetch-site": "same-site", origin: "https://blog.shop.example" })).toEqual({
      allowed: false,
      reason: "foreign-origin",
    });
  });

  it("falls back to the Referer's origin when there is no Origin", () => {
    expect(decide("POST", { referer: `${OWN}/en/cart?x=1` })).toEqual({ allowed: true });
    expect(decide("POST", { referer: "https://evil.example/page" })).toEqual({
      allowed: false,
      reason: "foreign-referer",
    });
    expect(decide("POST", { referer: "not a url" })).toEqual({ allowed: false, reason: "foreign-referer" });
    // Origin, when present, is what counts.
    expect(decide("POST", { origin: "https://evil.example", referer: `${OWN}/` })).toEqual({
      allowed: false,
      reason: "foreign-origin",
    });
  });

  it("lets requests without Origin nor Referer through: servers and API clients send neither", () => {
    expect(decide("POST", {})).toEqual({ allowed: true });
    expect(decide("POST", { "stripe-signature": "t=1,v1=abc", "content-type": "application/json" })).toEqual({
      allowed: true,
    });
    expect(decide("POST", { authorization: "Bearer key" }, { ownOrigin: null })).toEqual({ allowed: true });
  });

  it("accepts the allowed origins and only them", () => {
    const allowedOrigins = new Set(["https://www.shop.example"]);
    expect(decide("POST", { origin: "https://www.shop.example" }, { allowedOrigins })).toEqual({
      allowed: true,
    });
    expect(decide("POST", { referer: "https://www.shop.example/fr" }, { allowedOrigins })).toEqual({
      allowed: true,
    });
    expect(decide("POST", { origin: "https://evil.example" }, { allowedOrigins })).toEqual({
      allowed: false,
      reason: "foreign-origin",
    });
  });

  it("refuses any Origin when the app's own origin is unknown, unless it is allowed", () => {
    expect(decide("POST", { origin: OWN }, { ownOrigin: null })).toEqual({
      allowed: false,
      reason: "foreign-origin",
    });
    expect(decide("POST", { origin: OWN }, { ownOrigin: null, allowedOrigins: new Set([OWN]) })).toEqual({
      allowed: true,
    });
  });
});

describe("requestOrigin", () => {
  it("is the Host header over the connection's protocol", () => {
    expect(requestOrigin({ host: "localhost:3000" }, { encrypted: false, trustProxy: false })).toBe(
      "http://localhost:3000",
    );
    expect(requestOrigin({ host: "shop.example" }, { encrypted: true, trustProxy: false })).toBe(
      "https://shop.example",
    );
    expect(requestOrigin({ host: "[::1]:3000" }, { encrypted: false, trustProxy: false })).toBe(
      "http://[::1]:3000",
    );
    expect(requestOrigin({}, { encrypted: false, trustProxy: true })).toBeNull();
    expect(requestOrigin({ host: "bad host" }, { encrypted: false, trustProxy: false })).toBeNull();
  });

  it("reads the first X-Forwarded-Proto and X-Forwarded-Host behind a trusted proxy, as Express does", () => {
    const headers = {
      host: "10.0.0.5:3000",
      "x-forwarded-proto": "https, http",
      "x-forwarded-host": "shop.example, internal.lan",
    };
    expect(requestOrigin(headers, { encrypted: false, trustProxy: true })).toBe("https://shop.example");
    // A proxy that keeps the Host header and only adds the protocol.
    expect(
      requestOrigin(
        { host: "shop.example", "x-forwarded-proto": "https" },
        { encrypted: false, trustProxy: true },
      ),
    ).toBe("https://shop.example");
    // The port of X-Forwarded-Host is kept: the browser's Origin carries it.
    expect(
      requestOrigin(
        { host: "app:3000", "x-forwarded-host": "shop.example:8443" },
        { encrypted: true, trustProxy: true },
      ),
    ).toBe("https://shop.example:8443");
  });

  it("ignores forwarded headers when no proxy is trusted", () => {
    expect(
      requestOrigin(
        { host: "localhost:3000", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" },
        { encrypted: false, trustProxy: false },
      ),
    ).toBe("http://localhost:3000");
  });

  it("makes a proxied form pass the check only when the proxy's headers match the page's origin", () => {
    const proxied = {
      host: "10.0.0.5:3000",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "shop.example",
    };
    const ownOrigin = requestOrigin(proxied, { encrypted: false, trustProxy: true });
    const check = (/** @type {string} */ origin) =>
      checkSameOrigin({ method: "POST", headers: { ...proxied, origin }, ownOrigin, allowedOrigins: NONE });
    expect(check("https://shop.example")).toEqual({ allowed: true });
    expect(check("http://10.0.0.5:3000")).toEqual({ allowed: false, reason: "foreign-origin" });
  });
});

describe("originOf", () => {
  it("keeps the scheme, host and port of http(s) URLs only", () => {
    expect(originOf("https://shop.example/fr/panier?x=1#top")).toBe("https://shop.example");
    expect(originOf("http://localhost:3000")).toBe("http://localhost:3000");
    expect(originOf("null")).toBeNull();
    expect(originOf("data:text/html,hello")).toBeNull();
    expect(originOf(undefined)).toBeNull();
  });
});
