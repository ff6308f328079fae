import { SITEMAP_PAGE_SIZE } from "@comptoir/validators";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import {
  CRAWLER_CACHE_CONTROL,
  entitySitemapXml,
  escapeXml,
  pagesSitemapXml,
  parseSitemapFile,
  robotsTxt,
  sitemapFileName,
  sitemapFiles,
  sitemapIndexXml,
  sitemapNotFound,
  urlsetXml,
  w3cDateTime,
  xmlResponse,
  type SitemapFile,
} from "./sitemap.server";

const origin = "https://shop.test";

interface ParsedUrl {
  loc: string;
  lastmod?: string;
  "xhtml:link": { "@_rel": string; "@_hreflang": string; "@_href": string }[];
}

/** Parses a sitemap the way a crawler would, failing on anything that is not well-formed XML. */
function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    isArray: (name) => ["url", "sitemap", "xhtml:link"].includes(name),
  }).parse(xml) as {
    urlset?: { "@_xmlns": string; "@_xmlns:xhtml": string; url?: ParsedUrl[] };
    sitemapindex?: { "@_xmlns": string; sitemap?: { loc: string }[] };
  };
}

function urlsOf(xml: string): ParsedUrl[] {
  const urlset = parse(xml).urlset;
  expect(urlset?.["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  expect(urlset?.["@_xmlns:xhtml"]).toBe("http://www.w3.org/1999/xhtml");
  return urlset?.url ?? [];
}

function linksOf(url: ParsedUrl | undefined): Record<string, string> {
  return Object.fromEntries((url?.["xhtml:link"] ?? []).map((link) => [link["@_hreflang"], link["@_href"]]));
}

describe("parseSitemapFile", () => {
  it.each<[string, SitemapFile]>([
    ["pages-fr", { kind: "pages", locale: "fr" }],
    ["pages-en", { kind: "pages", locale: "en" }],
    ["products-fr-1", { kind: "products", locale: "fr", page: 1 }],
    ["categories-en-12", { kind: "categories", locale: "en", page: 12 }],
  ])("reads %s, and names it back the same way", (name, file) => {
    expect(parseSitemapFile(name)).toEqual(file);
    expect(sitemapFileName(file)).toBe(name);
  });

  it.each([
    "",
    "sitemap.xml",
    "pages.xml",
    "pages-fr-1",
    "products-fr",
    "products-fr-0",
    "products-fr-01",
    "products-fr--1.xml",
    "products-fr-1.5.xml",
    "products-fr-1.xml.gz",
    "products-fr-1.xml",
    "products-de-1",
    "products-FR-1.xml",
    "Products-fr-1.xml",
    "orders-fr-1.xml",
    "products-fr-1234567",
    "../products-fr-1.xml",
    "products-fr-1.xml?x",
  ])("rejects %j", (name) => {
    expect(parseSitemapFile(name)).toBeNull();
  });
});

describe("sitemap index", () => {
  it("lists, per locale, the pages sitemap then every page of categories and products", () => {
    expect(sitemapFiles({ products: 2, categories: 1 }).map(sitemapFileName)).toEqual([
      "pages-fr",
      "categories-fr-1",
      "products-fr-1",
      "products-fr-2",
      "pages-en",
      "categories-en-1",
      "products-en-1",
      "products-en-2",
    ]);
  });

  it("is a valid <sitemapindex> of absolute locations", () => {
    const index = parse(sitemapIndexXml(origin, { products: 1, categories: 0 })).sitemapindex;
    expect(index?.["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(index?.sitemap?.map((sitemap) => sitemap.loc)).toEqual([
      "https://shop.test/sitemap.xml?part=pages-fr",
      "https://shop.test/sitemap.xml?part=products-fr-1",
      "https://shop.test/sitemap.xml?part=pages-en",
      "https://shop.test/sitemap.xml?part=products-en-1",
    ]);
  });
});

describe("entity sitemaps", () => {
  const entries = [
    {
      slugs: { fr: "cafe-de-colombie", en: "colombian-coffee" },
      updatedAt: "2024-05-01T08:30:00.123Z",
    },
    { slugs: { en: "english-only" }, updatedAt: "2024-06-02T00:00:00.000Z" },
    { slugs: { fr: "francais-seulement" }, updatedAt: "2024-07-03T12:00:00.000Z" },
  ];

  it("gives each URL its alternates in every translated locale, and x-default in French", () => {
    const urls = urlsOf(entitySitemapXml(entries, { origin, locale: "en", kind: "products" }));
    expect(urls.map((url) => url.loc)).toEqual([
      "https://shop.test/en/product/colombian-coffee",
      "https://shop.test/en/product/english-only",
    ]);
    expect(linksOf(urls[0])).toEqual({
      fr: "https://shop.test/fr/produit/cafe-de-colombie",
      en: "https://shop.test/en/product/colombian-coffee",
      "x-default": "https://shop.test/fr/produit/cafe-de-colombie",
    });
    expect(urls[0]?.["xhtml:link"].every((link) => link["@_rel"] === "alternate")).toBe(true);
  });

  it("points x-default at the only URL of an untranslated entity", () => {
    const urls = urlsOf(entitySitemapXml(entries, { origin, locale: "en", kind: "products" }));
    expect(linksOf(urls[1])).toEqual({
      en: "https://shop.test/en/product/english-only",
      "x-default": "https://shop.test/en/product/english-only",
    });
  });

  it("leaves out entities without a slug in the sitemap's locale, and uses each kind's paths", () => {
    const urls = urlsOf(entitySitemapXml(entries, { origin, locale: "fr", kind: "categories" }));
    expect(urls.map((url) => url.loc)).toEqual([
      "https://shop.test/fr/categorie/cafe-de-colombie",
      "https://shop.test/fr/categorie/francais-seulement",
    ]);
  });

  it("writes lastmod as a W3C datetime", () => {
    const urls = urlsOf(entitySitemapXml(entries, { origin, locale: "fr", kind: "products" }));
    expect(urls.map((url) => url.lastmod)).toEqual(["2024-05-01T08:30:00Z", "2024-07-03T12:00:00Z"]);
  });

  it("is an empty but valid <urlset> when nothing is translated into the locale", () => {
    expect(urlsOf(entitySitemapXml([], { origin, locale: "fr", kind: "products" }))).toEqual([]);
  });

  it("refuses more entries than one API page holds, so no file exceeds the protocol's limit", () => {
    expect(SITEMAP_PAGE_SIZE).toBeLessThanOrEqual(50_000);
    const tooMany = Array.from({ length: SITEMAP_PAGE_SIZE + 1 }, (_, index) => ({
      slugs: { fr: `p-${index}` },
      updatedAt: "2024-01-01T00:00:00.000Z",
    }));
    expect(() => entitySitemapXml(tooMany, { origin, locale: "fr", kind: "products" })).toThrow(/at most/);
  });
});

describe("pages sitemap", () => {
  it("lists the locale's home with the home of every locale as alternates", () => {
    const urls = urlsOf(pagesSitemapXml({ origin, locale: "en" }));
    expect(urls).toHaveLength(1);
    expect(urls[0]?.loc).toBe("https://shop.test/en");
    expect(urls[0]?.lastmod).toBeUndefined();
    expect(linksOf(urls[0])).toEqual({
      fr: "https://shop.test/fr",
      en: "https://shop.test/en",
      "x-default": "https://shop.test/fr",
    });
  });
});

describe("XML escaping", () => {
  it("escapes the five special characters and drops characters XML cannot hold", () => {
    expect(escapeXml(`a&b<c>d"e'f\u0000g\u001Fh\u000Ai`)).toBe("a&amp;b&lt;c&gt;d&quot;e&apos;fgh\ni");
  });

  it("keeps URLs with special characters intact through a parser", () => {
    const loc = "https://shop.test/fr/produit/l'%C3%A9t%C3%A9?a=1&b=<2>";
    const xml = urlsetXml([{ loc, alternates: { fr: loc } }]);
    expect(xml).toContain("?a=1&amp;b=&lt;2&gt;");
    expect(xml).toContain("l&apos;%C3%A9t%C3%A9");
    const [url] = urlsOf(xml);
    expect(url?.loc).toBe(loc);
    expect(linksOf(url)).toEqual({ fr: loc, "x-default": loc });
  });

  it("encodes slugs as URL components", () => {
    const xml = entitySitemapXml([{ slugs: { fr: "a&b c" }, updatedAt: "2024-01-01T00:00:00Z" }], {
      origin,
      locale: "fr",
      kind: "products",
    });
    expect(urlsOf(xml)[0]?.loc).toBe("https://shop.test/fr/produit/a%26b%20c");
  });
});

describe("w3cDateTime", () => {
  it("drops milliseconds and keeps UTC", () => {
    expect(w3cDateTime("2024-05-01T08:30:00.999Z")).toBe("2024-05-01T08:30:00Z");
    expect(w3cDateTime("2024-05-01T10:30:00+02:00")).toBe("2024-05-01T08:30:00Z");
  });

  it("gives null for a value that is not a date, and the URL goes without lastmod", () => {
    expect(w3cDateTime("yesterday")).toBeNull();
    const xml = urlsetXml([{ loc: "https://shop.test/fr", lastmod: "yesterday", alternates: {} }]);
    expect(xml).not.toContain("<lastmod>");
  });
});

describe("robots.txt", () => {
  it("allows the shop, keeps crawlers out of the API and the search pages, and names the index", () => {
    const lines = robotsTxt(origin).split("\n");
    expect(lines[0]).toBe("User-agent: *");
    expect(lines).toContain("Allow: /");
    expect(lines).toContain("Disallow: /api/");
    expect(lines).toContain("Disallow: /fr/recherche");
    expect(lines).toContain("Disallow: /en/search");
    expect(lines).toContain("Sitemap: https://shop.test/sitemap.xml");
  });
});

describe("responses", () => {
  it("serves XML in UTF-8, cached by shared caches for an hour", async () => {
    const response = xmlResponse("<x/>");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/xml; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe(CRAWLER_CACHE_CONTROL);
    expect(CRAWLER_CACHE_CONTROL).toBe("public, max-age=0, s-maxage=3600, stale-while-revalidate=86400");
    expect(await response.text()).toBe("<x/>");
  });

  it("answers unknown sitemaps with a 404", () => {
    expect(sitemapNotFound().status).toBe(404);
  });
});
