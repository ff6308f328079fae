import { describe, expect, it } from "vitest";
import { localeCookieValue, readLocaleCookie } from "./locale-cookie";
import { createLocaleDetector } from "./server";

const request = (path: string, headers: Record<string, string> = {}) =>
  new Request(`https://shop.test${path}`, { headers });

describe("locale negotiation", () => {
  const storefront = createLocaleDetector({
    cookieName: "lang",
    fromUrl: (req) =>
      new URL(req.url).pathname.startsWith("/en")
        ? "en"
        : new URL(req.url).pathname.startsWith("/fr")
          ? "fr"
          : null,
  });
  const admin = createLocaleDetector({ cookieName: "lang" });

  it("takes the URL first", () => {
    expect(
      storefront.getLocale(request("/en/product/x", { cookie: "lang=fr", "accept-language": "fr" })),
    ).toBe("en");
  });

  it("then the visitor's choice, then the browser's languages by preference", () => {
    expect(
      storefront.getLocale(request("/", { cookie: "other=1; lang=en", "accept-language": "fr-FR" })),
    ).toBe("en");
    expect(admin.getLocale(request("/", { "accept-language": "de-DE,en-GB;q=0.8,fr;q=0.5" }))).toBe("en");
    expect(admin.getLocale(request("/", { "accept-language": "fr-CA,fr;q=0.9,en;q=0.8" }))).toBe("fr");
  });

  it("falls back to French for unknown or missing languages and ignores bad cookies", () => {
    expect(admin.getLocale(request("/", { "accept-language": "de-DE,es;q=0.5" }))).toBe("fr");
    expect(admin.getLocale(request("/"))).toBe("fr");
    expect(admin.getLocale(request("/", { cookie: "lang=de", "accept-language": "en" }))).toBe("en");
  });
});

describe("locale cookie", () => {
  it("reads only valid values of its own name", () => {
    expect(readLocaleCookie("a=b; lang=en", "lang")).toBe("en");
    expect(readLocaleCookie("lang=xx", "lang")).toBeNull();
    expect(readLocaleCookie(null, "lang")).toBeNull();
  });

  it("lasts a year, for the whole site", () => {
    expect(localeCookieValue("lang", "fr", { secure: true })).toBe(
      "lang=fr; Path=/; Max-Age=31536000; SameSite=Lax; Secure",
    );
  });
});
