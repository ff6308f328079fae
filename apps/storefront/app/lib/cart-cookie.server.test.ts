import { describe, expect, it } from "vitest";
import { createCartCookies } from "./cart-cookie.server";
import { readCartCount } from "./cart-count";
import { DEVELOPMENT_COOKIE_SECRET, readStorefrontEnv } from "./env.server";

const SECRET = "s".repeat(16) + "-a-long-enough-test-secret";
const cookies = createCartCookies({ secrets: [SECRET], secure: false });
const CART_ID = "cm3k4v1x90000abcdqrstuvwx";

function request(cookie?: string): Request {
  return new Request("http://shop.test/fr/panier", { headers: cookie ? { Cookie: cookie } : {} });
}

/** The name=value part of each Set-Cookie header, as a browser would send them back. */
function cookieHeader(setCookies: string[]): string {
  return setCookies.map((header) => header.split(";")[0]).join("; ");
}

describe("the cart cookie", () => {
  it("round-trips a cart id, signed, httpOnly, Lax, on the whole site for 30 days", async () => {
    const setCookies = await cookies.commit(CART_ID, 3);
    const [cart, count] = setCookies;
    expect(cart).toMatch(/^comptoir_cart=/);
    expect(cart).not.toContain(CART_ID); // signed and encoded, not the bare id
    expect(cart).toContain("HttpOnly");
    expect(cart).toContain("SameSite=Lax");
    expect(cart).toContain("Path=/");
    expect(cart).toContain(`Max-Age=${30 * 24 * 3600}`);
    expect(cart).not.toContain("Secure");
    expect(count).toBe(`cart_count=3; Max-Age=${30 * 24 * 3600}; Path=/; SameSite=Lax`);
    expect(await cookies.readCartId(request(cookieHeader(setCookies)))).toBe(CART_ID);
  });

  it("is Secure in production", async () => {
    const secure = createCartCookies({ secrets: [SECRET], secure: true });
    for (const header of await secure.commit(CART_ID, 1)) expect(header).toContain("Secure");
  });

  it("ignores a forged, unsigned or tampered cookie", async () => {
    const [signed = ""] = await cookies.commit(CART_ID, 1);
    const value = signed.split(";")[0]!.slice("comptoir_cart=".length);
    const unsigned = btoa(JSON.stringify("cm3k4v1x90000someoneelses"));
    expect(await cookies.readCartId(request(`comptoir_cart=${unsigned}`))).toBeNull();
    expect(await cookies.readCartId(request(`comptoir_cart=${CART_ID}`))).toBeNull();
    // Signed with another secret: as good as forged.
    const other = createCartCookies({ secrets: ["another-secret-of-at-least-32-chars!"], secure: false });
    expect(await cookies.readCartId(request(cookieHeader(await other.commit(CART_ID, 1))))).toBeNull();
    // The signature no longer matches once a character of the value changes.
    const tampered = value.replace(/^./, (first) => (first === "a" ? "b" : "a"));
    expect(await cookies.readCartId(request(`comptoir_cart=${tampered}`))).toBeNull();
    expect(await cookies.readCartId(request())).toBeNull();
  });

  it("accepts cookies signed with an older secret while secrets rotate", async () => {
    const before = createCartCookies({ secrets: ["old-secret-old-secret-old-secret-0"], secure: false });
    const after = createCartCookies({
      secrets: [SECRET, "old-secret-old-secret-old-secret-0"],
      secure: false,
    });
    expect(await after.readCartId(request(cookieHeader(await before.commit(CART_ID, 1))))).toBe(CART_ID);
  });

  it("ignores a correctly signed value that is not a cart id", async () => {
    const setCookies = await cookies.commit("not a cart id; drop table", 1);
    expect(await cookies.readCartId(request(cookieHeader(setCookies)))).toBeNull();
  });

  it("forgets the cart (and its count) when asked, and leaves it alone when not", async () => {
    const forget = await cookies.commit(null, 4);
    expect(forget).toHaveLength(2);
    expect(forget[0]).toMatch(/^comptoir_cart=; Max-Age=0/);
    expect(forget[1]).toMatch(/^cart_count=0; Max-Age=0/);
    const countOnly = await cookies.commit(undefined, 5);
    expect(countOnly).toEqual([expect.stringMatching(/^cart_count=5;/)]);
  });

  it("reads the item count the header shows", () => {
    expect(readCartCount("a=1; cart_count=12; b=2")).toBe(12);
    expect(readCartCount("cart_count=7")).toBe(7);
    expect(readCartCount("cart_count=x7")).toBeNull();
    expect(readCartCount("my_cart_count=7")).toBeNull();
    expect(readCartCount(undefined)).toBeNull();
    expect(cookies.readItemCount(request("cart_count=2"))).toBe(2);
  });
});

describe("the cookie secret", () => {
  it("has a development default outside production", () => {
    expect(readStorefrontEnv({ NODE_ENV: "development" }).cookieSecrets).toEqual([DEVELOPMENT_COOKIE_SECRET]);
    expect(readStorefrontEnv({ NODE_ENV: "test", COOKIE_SECRET: "short" }).cookieSecrets).toEqual(["short"]);
  });

  it("is required in production, long and not the development default", () => {
    expect(() => readStorefrontEnv({ NODE_ENV: "production" })).toThrow(/COOKIE_SECRET is required/);
    expect(() => readStorefrontEnv({ NODE_ENV: "production", COOKIE_SECRET: "x".repeat(31) })).toThrow(
      /COOKIE_SECRET must be at least 32/,
    );
    expect(() =>
      readStorefrontEnv({ NODE_ENV: "production", COOKIE_SECRET: DEVELOPMENT_COOKIE_SECRET }),
    ).toThrow(/COOKIE_SECRET/);
    expect(readStorefrontEnv({ NODE_ENV: "production", COOKIE_SECRET: SECRET }).cookieSecrets).toEqual([
      SECRET,
    ]);
  });

  it("rotates: several comma-separated secrets, each long enough in production", () => {
    const old = "o".repeat(40);
    expect(
      readStorefrontEnv({ NODE_ENV: "production", COOKIE_SECRET: `${SECRET}, ${old}` }).cookieSecrets,
    ).toEqual([SECRET, old]);
    expect(() => readStorefrontEnv({ NODE_ENV: "production", COOKIE_SECRET: `${SECRET},short` })).toThrow(
      /COOKIE_SECRET/,
    );
  });

  it("does not leak the secret into the settings it returns", () => {
    expect(readStorefrontEnv({ NODE_ENV: "test", COOKIE_SECRET: SECRET })).not.toHaveProperty(
      "COOKIE_SECRET",
    );
  });
});
