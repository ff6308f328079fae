import { describe, expect, it } from "vitest";
import { crossSiteRefusal, refusalLocale } from "./cross-site-refusal.js";

describe("refusalLocale", () => {
  it("follows the storefront's URL first", () => {
    expect(refusalLocale("/en/cart", "fr-FR")).toBe("en");
    expect(refusalLocale("/fr/panier?x=1", "en-US")).toBe("fr");
    expect(refusalLocale("/fr", undefined)).toBe("fr");
  });

  it("else the browser's preferred supported language", () => {
    expect(refusalLocale("/login", "en-GB,en;q=0.9")).toBe("en");
    expect(refusalLocale("/login", "de-DE, fr;q=0.5, en;q=0.8")).toBe("en");
    expect(refusalLocale("/login", "de-DE, fr-CA;q=0.5")).toBe("fr");
    expect(refusalLocale("/english/page", "en;q=0")).toBe("fr");
  });

  it("else French, the shop's default", () => {
    expect(refusalLocale("/webhooks/stripe", undefined)).toBe("fr");
    expect(refusalLocale("/login", "de, es")).toBe("fr");
  });
});

describe("crossSiteRefusal", () => {
  it("is a 403 page in the visitor's language, never cached and loading nothing", () => {
    const en = crossSiteRefusal("/en/cart", undefined);
    expect(en.status).toBe(403);
    expect(en.headers["Content-Type"]).toBe("text/html; charset=utf-8");
    expect(en.headers["Content-Language"]).toBe("en");
    expect(en.headers["Cache-Control"]).toBe("no-store");
    expect(en.headers["Content-Security-Policy"]).toContain("default-src 'none'");
    expect(en.headers["Content-Length"]).toBe(String(Buffer.byteLength(en.body)));
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain("<h1>Request refused</h1>");
    expect(en.body).toContain("This form was sent from another website");

    const fr = crossSiteRefusal("/login", "fr-FR,fr;q=0.9");
    expect(fr.headers["Content-Language"]).toBe("fr");
    expect(fr.body).toContain('<html lang="fr">');
    expect(fr.body).toContain("<h1>Demande refusée</h1>");
    expect(fr.body).toContain("Ce formulaire a été envoyé depuis un autre site");
  });
});
