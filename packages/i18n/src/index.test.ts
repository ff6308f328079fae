import { describe, expect, it } from "vitest";
import {
  addMissingResources,
  alternatesOf,
  categoryPath,
  createI18n,
  formatMoney,
  productPath,
  resources,
  searchPath,
  shareFixedTs,
} from "./index";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe("resources", () => {
  it("have the same keys in French and English, and no empty string", () => {
    for (const namespace of Object.keys(resources.fr) as (keyof typeof resources.fr)[]) {
      expect(keysOf(resources.en[namespace]).sort(), namespace).toEqual(
        keysOf(resources.fr[namespace]).sort(),
      );
      for (const locale of ["fr", "en"] as const) {
        const flat = keysOf(resources[locale][namespace]).map((key) =>
          key
            .split(".")
            .reduce<unknown>(
              (node, part) => (node as Record<string, unknown>)[part],
              resources[locale][namespace],
            ),
        );
        expect(
          flat.every((text) => typeof text === "string" && text.trim().length > 0),
          `${locale}/${namespace}`,
        ).toBe(true);
      }
    }
  });

  it("translate synchronously with the right plural forms", () => {
    const fr = createI18n("fr", resources);
    const en = createI18n("en", resources);
    expect(fr.t("admin:products.count", { count: 1 })).toBe("1 produit");
    expect(fr.t("admin:products.count", { count: 3 })).toBe("3 produits");
    expect(en.t("admin:products.count", { count: 1 })).toBe("1 product");
    expect(en.t("errors:codes.INVALID_CREDENTIALS")).toBe("Wrong email address or password.");
  });
});

describe("formatMoney", () => {
  it("formats minor units per locale", () => {
    // Intl separates French thousands and the euro sign with narrow/non-breaking spaces.
    expect(formatMoney(129000, "EUR", "fr").replace(/\s/g, " ")).toBe("1 290,00 €");
    expect(formatMoney(129000, "EUR", "en")).toBe("€1,290.00");
    expect(formatMoney(1500, "JPY", "en")).toBe("¥1,500");
    expect(formatMoney(1299, "CAD", "fr").replace(/\s/g, " ")).toBe("12,99 $CA");
  });

  it("gives the same text again for the same amount, kept apart per locale and currency", () => {
    expect(formatMoney(890, "EUR", "fr")).toBe(formatMoney(890, "EUR", "fr"));
    expect(formatMoney(890, "EUR", "en")).toBe("€8.90");
    expect(formatMoney(890, "USD", "en")).toBe("$8.90");
    expect(formatMoney(890, "JPY", "en")).toBe("¥890");
    expect(formatMoney(890, "EUR", "fr").replace(/\s/g, " ")).toBe("8,90 €");
    // Far more amounts than are kept: each still formatted right.
    for (let amount = 0; amount < 12_000; amount += 1) {
      if (amount % 997 === 0) expect(formatMoney(amount, "EUR", "en")).toBe(`€${(amount / 100).toFixed(2)}`);
      else formatMoney(amount, "EUR", "en");
    }
    expect(formatMoney(129000, "EUR", "en")).toBe("€1,290.00");
  });
});

describe("productPath", () => {
  it("localizes the segment and escapes the slug", () => {
    expect(productPath("fr", "cafe-de-colombie")).toBe("/fr/produit/cafe-de-colombie");
    expect(productPath("en", "colombian coffee")).toBe("/en/product/colombian%20coffee");
  });
});

describe("localized paths", () => {
  it("build category and search URLs with their query", () => {
    expect(
      categoryPath("fr", "cafe", { page: 2, f: ["poids:250-g", "mouture:moulu"], sort: undefined }),
    ).toBe("/fr/categorie/cafe?page=2&f=poids%3A250-g&f=mouture%3Amoulu");
    expect(categoryPath("en", "coffee")).toBe("/en/category/coffee");
    expect(searchPath("fr", { q: "café crème" })).toBe("/fr/recherche?q=caf%C3%A9+cr%C3%A8me");
    expect(searchPath("en", { q: "" })).toBe("/en/search");
  });

  it("map slugs per locale to alternates", () => {
    expect(alternatesOf(productPath, { fr: "miel", en: "honey" })).toEqual({
      fr: "/fr/produit/miel",
      en: "/en/product/honey",
    });
    expect(alternatesOf(categoryPath, { fr: "cafe" })).toEqual({ fr: "/fr/categorie/cafe" });
  });
});

describe("memoized lookups", () => {
  it("give the same texts as i18next, with and without interpolation and namespaces", () => {
    const fr = createI18n("fr", resources);
    const fixed = fr.getFixedT("fr", "storefront");
    expect(fixed("search.submit")).toBe("Rechercher");
    expect(fixed("search.submit")).toBe("Rechercher");
    expect(fixed("category.products", { count: 1 })).toBe("1 produit");
    expect(fixed("category.products", { count: 2 })).toBe("2 produits");
    expect(fr.t("language.switchTo", { lng: "en" })).toBe("View this page in English");
    expect(fr.t("language.switchTo")).toBe("Voir cette page en français");
    expect(fr.getFixedT("en", "errors")("notFound.title")).toBe("Page not found");
    expect(fr.getFixedT("fr", "errors")("notFound.title")).toBe("Page introuvable");
    expect(fr.getFixedT("fr", "storefront", "search")("submit")).toBe("Rechercher");
    expect(fr.getFixedT("fr", ["errors", "storefront"])("search.submit")).toBe("Rechercher");
    expect(fr.getFixedT("fr", "storefront")("search.submit", { lng: "en" })).toBe("Search");
    const storefront = fr.getFixedT("fr", "storefront");
    for (const count of [1, 2, 1]) {
      expect(storefront("category.products", { count })).toBe(
        count === 1 ? "1 produit" : `${count} produits`,
      );
    }
    // Options that are not simple values are passed through, never remembered.
    const options = { count: 3, extra: { x: 1 } };
    expect(storefront("category.products", options)).toBe("3 produits");
    options.count = 4;
    expect(storefront("category.products", options)).toBe("4 produits");
  });

  it("follow the instance's language when the fixed t names none (a browser switching language)", async () => {
    const browser = createI18n("fr", resources);
    const t = browser.getFixedT(null, "storefront");
    expect(t("search.submit")).toBe("Rechercher");
    await browser.changeLanguage("en");
    expect(t("search.submit")).toBe("Search");
    expect(browser.getFixedT(null, "storefront")("search.submit")).toBe("Search");
    await browser.changeLanguage("fr");
    expect(t("search.submit")).toBe("Rechercher");
  });
});

describe("shared fixed t functions (the server's instances)", () => {
  it("are the same function for the same language, namespaces and key prefix", () => {
    const fr = shareFixedTs(createI18n("fr", resources));
    const storefront = fr.getFixedT("fr", "storefront");
    expect(fr.getFixedT("fr", "storefront")).toBe(storefront);
    expect(fr.getFixedT(null, "storefront")).toBe(fr.getFixedT(null, "storefront"));
    expect(fr.getFixedT(null, "storefront")).not.toBe(storefront);
    expect(fr.getFixedT("fr", "storefront", "search")).toBe(fr.getFixedT("fr", "storefront", "search"));
    expect(fr.getFixedT("fr", "storefront", "search")).not.toBe(storefront);
    expect(fr.getFixedT("fr", ["storefront"])).not.toBe(storefront);
    expect(fr.getFixedT("en", "storefront")).not.toBe(storefront);
    // Each still says what it is bound to, and translates as before.
    const search = fr.getFixedT("fr", "storefront", "search") as unknown as Record<string, unknown>;
    expect([search.lng, search.ns, search.keyPrefix]).toEqual(["fr", "storefront", "search"]);
    expect(fr.getFixedT("fr", "storefront", "search")("submit")).toBe("Rechercher");
    expect(fr.getFixedT("en", "storefront")("search.submit")).toBe("Search");
    expect(storefront("category.products", { count: 2 })).toBe("2 produits");
  });

  it("follow a change of language with a new function (react-i18next re-renders on it)", async () => {
    const instance = shareFixedTs(createI18n("fr", resources));
    const french = instance.getFixedT(null, "storefront");
    await instance.changeLanguage("en");
    const english = instance.getFixedT(null, "storefront");
    expect(english).not.toBe(french);
    expect(english("search.submit")).toBe("Search");
    await instance.changeLanguage("fr");
    expect(instance.getFixedT(null, "storefront")).toBe(french);
    expect(french("search.submit")).toBe("Rechercher");
  });
});

describe("the browser bundles' resources", () => {
  it("carry the storefront's namespaces in the page's language only, and the admin's own", async () => {
    const { loadStorefrontResources } = await import("./resources-storefront");
    const { adminResources } = await import("./resources-admin");
    for (const [locale, other] of [
      ["fr", "en"],
      ["en", "fr"],
    ] as const) {
      const loaded = await loadStorefrontResources(locale);
      expect(Object.keys(loaded[locale]).sort()).toEqual(["common", "errors", "storefront"]);
      expect(loaded[locale].storefront).toBe(resources[locale].storefront);
      // The other language: only what the language switcher says in it.
      expect(Object.keys(loaded[other])).toEqual(["common"]);
      expect(Object.keys(loaded[other].common ?? {})).toEqual(["language"]);
      expect(Object.keys(adminResources[locale]).sort()).toEqual(["admin", "common", "errors"]);
    }
  });

  it("leave the log-in pages', the checkout's and the account area's texts to those pages' own code", async () => {
    const { authResources } = await import("./resources-auth");
    const { checkoutResources } = await import("./resources-checkout");
    const { accountResources } = await import("./resources-account");
    for (const locale of ["fr", "en"] as const) {
      expect(authResources[locale]).toEqual({ auth: resources[locale].auth });
      expect(checkoutResources[locale]).toEqual({ checkout: resources[locale].checkout });
      expect(accountResources[locale]).toEqual({ account: resources[locale].account });
    }
  });
});

describe("texts an area brings with its code", () => {
  it("are added to an instance that lacks them, answer lookups made before, and replace nothing", async () => {
    const { accountResources } = await import("./resources-account");
    const { loadStorefrontResources } = await import("./resources-storefront");
    const browser = createI18n("fr", await loadStorefrontResources("fr"));
    const account = browser.getFixedT("fr", "account");
    // Looked up before the area's texts are there: the key comes back (and must not be remembered).
    expect(account("nav.orders")).toBe("nav.orders");
    addMissingResources(browser, accountResources);
    expect(account("nav.orders")).toBe(resources.fr.account.nav.orders);
    expect(browser.getFixedT("en", "account")("nav.orders")).toBe(resources.en.account.nav.orders);

    const server = createI18n("fr", resources);
    const storefront = server.getResourceBundle("fr", "storefront") as unknown;
    addMissingResources(server, { fr: { storefront: { home: { title: "autre" } } }, en: {} });
    expect(server.getResourceBundle("fr", "storefront")).toBe(storefront);
  });
});
