import type { APIRequestContext } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect, test } from "./fixtures";

/** The sitemaps protocol's limit on the URLs of one file (and on the sitemaps of one index). */
const MAX_URLS = 50_000;
const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NS = "http://www.w3.org/1999/xhtml";
/** Requests in flight at once when checking every URL: enough to be quick, few enough for one server. */
const CONCURRENCY = 8;

interface SitemapUrl {
  loc: string;
  /** hreflang -> href, x-default included. */
  alternates: Record<string, string>;
}

interface Sitemap {
  /** The file's name, e.g. "products-fr-1". */
  name: string;
  urls: SitemapUrl[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => ["sitemap", "url", "xhtml:link"].includes(name),
});

/** Fetches an XML document and parses it like a crawler would, failing on anything malformed. */
async function fetchXml(request: APIRequestContext, url: string): Promise<Record<string, unknown>> {
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toBe("application/xml; charset=utf-8");
  expect(response.headers()["cache-control"], url).toContain("s-maxage=");
  const xml = await response.text();
  const validation = XMLValidator.validate(xml);
  expect(validation === true ? "" : JSON.stringify(validation.err), `${url} is not well-formed XML`).toBe("");
  return parser.parse(xml) as Record<string, unknown>;
}

/** robots.txt, then the index it names, then every sitemap the index lists. */
async function crawlSitemaps(request: APIRequestContext, origin: string): Promise<Sitemap[]> {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const sitemapLine = (await robots.text()).split("\n").find((line) => /^sitemap:/i.test(line));
  expect(sitemapLine, "robots.txt names a sitemap").toBeDefined();
  const indexUrl = (sitemapLine ?? "").replace(/^sitemap:/i, "").trim();
  expect(new URL(indexUrl).origin).toBe(origin);

  const index = (await fetchXml(request, indexUrl)).sitemapindex as
    { "@_xmlns"?: string; sitemap?: { loc?: string }[] } | undefined;
  expect(index?.["@_xmlns"]).toBe(SITEMAP_NS);
  const locations = (index?.sitemap ?? []).map((sitemap) => sitemap.loc ?? "");
  expect(locations.length).toBeGreaterThan(0);
  expect(locations.length).toBeLessThanOrEqual(MAX_URLS);
  expect(new Set(locations).size, "the index lists each sitemap once").toBe(locations.length);

  const sitemaps: Sitemap[] = [];
  for (const location of locations) {
    expectSameOrigin(location, origin);
    const urlset = (await fetchXml(request, location)).urlset as
      | {
          "@_xmlns"?: string;
          "@_xmlns:xhtml"?: string;
          url?: {
            loc?: string;
            "xhtml:link"?: { "@_rel"?: string; "@_hreflang"?: string; "@_href"?: string }[];
          }[];
        }
      | undefined;
    expect(urlset?.["@_xmlns"], location).toBe(SITEMAP_NS);
    expect(urlset?.["@_xmlns:xhtml"], location).toBe(XHTML_NS);
    const urls = (urlset?.url ?? []).map((url) => {
      const links = url["xhtml:link"] ?? [];
      expect(
        links.every((link) => link["@_rel"] === "alternate"),
        location,
      ).toBe(true);
      return {
        loc: url.loc ?? "",
        alternates: Object.fromEntries(links.map((link) => [link["@_hreflang"] ?? "", link["@_href"] ?? ""])),
      };
    });
    expect(urls.length, location).toBeLessThanOrEqual(MAX_URLS);
    // Sitemaps are served from the root, named by their `part` (/sitemap.xml?part=products-fr-1).
    sitemaps.push({ name: new URL(location).searchParams.get("part") ?? "", urls });
  }
  return sitemaps;
}

/**
 * The sitemaps as one consistent snapshot. Other tests change the catalog while this file runs (a
 * product renamed between two files would look like a broken alternate): crawl until two crawls agree.
 */
async function sitemapSnapshot(request: APIRequestContext, origin: string): Promise<Sitemap[]> {
  let previous = await crawlSitemaps(request, origin);
  for (let attempt = 0; attempt < 3; attempt++) {
    const current = await crawlSitemaps(request, origin);
    if (JSON.stringify(current) === JSON.stringify(previous)) return current;
    previous = current;
  }
  throw new Error("The sitemaps kept changing between crawls.");
}

function expectSameOrigin(url: string, origin: string) {
  expect(url, "an absolute URL").toMatch(/^https?:\/\//);
  expect(new URL(url).origin, url).toBe(origin);
}

/** Runs `work` on every item, at most `limit` at a time. */
async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

test.describe("robots.txt and sitemaps", () => {
  test("robots.txt lets crawlers in, keeps them out of the API and search results, and names the index", async ({
    request,
    baseURL,
  }) => {
    const response = await request.get("/robots.txt");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
    const lines = (await response.text()).split("\n").map((line) => line.trim());
    expect(lines).toContain("User-agent: *");
    expect(lines).toContain("Allow: /");
    expect(lines).toContain("Disallow: /api/");
    expect(lines).toContain("Disallow: /fr/recherche");
    expect(lines).toContain("Disallow: /en/search");
    expect(lines).toContain(`Sitemap: ${new URL("/sitemap.xml", baseURL).toString()}`);
  });

  test("every sitemap is valid, within limits, on the site's origin, with reciprocal alternates", async ({
    request,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? "").origin;
    const sitemaps = await sitemapSnapshot(request, origin);

    const byLoc = new Map<string, SitemapUrl>();
    for (const sitemap of sitemaps) {
      const locale = /^[a-z]+-([a-z]{2})(?:-|$)/.exec(sitemap.name)?.[1];
      expect(locale, sitemap.name).toBeDefined();
      for (const url of sitemap.urls) {
        expectSameOrigin(url.loc, origin);
        expect(new URL(url.loc).pathname.startsWith(`/${locale}`), `${url.loc} in ${sitemap.name}`).toBe(
          true,
        );
        expect(byLoc.has(url.loc), `${url.loc} is listed once`).toBe(false);
        byLoc.set(url.loc, url);
        for (const href of Object.values(url.alternates)) expectSameOrigin(href, origin);
        expect(url.alternates[locale ?? ""], `${url.loc} lists itself as its ${locale} version`).toBe(
          url.loc,
        );
        expect(url.alternates["x-default"], `${url.loc} has an x-default`).toBeDefined();
      }
    }

    for (const url of byLoc.values()) {
      for (const [hreflang, href] of Object.entries(url.alternates)) {
        if (hreflang === "x-default") {
          // The French version when there is one, else the page itself (its only version).
          expect(href, url.loc).toBe(url.alternates.fr ?? url.loc);
          continue;
        }
        const other = byLoc.get(href);
        expect(other, `${url.loc}'s ${hreflang} version ${href} is in a sitemap`).toBeDefined();
        // Reciprocal: the other version lists exactly the same set of alternates.
        expect(other?.alternates, `${href} lists ${url.loc} back`).toEqual(url.alternates);
      }
    }

    const count = (prefix: string) =>
      sitemaps
        .filter((sitemap) => sitemap.name.startsWith(prefix))
        .reduce((sum, s) => sum + s.urls.length, 0);
    for (const prefix of [
      "pages-fr",
      "pages-en",
      "categories-fr",
      "categories-en",
      "products-fr",
      "products-en",
    ]) {
      expect(count(prefix), `URLs in ${prefix} sitemaps`).toBeGreaterThan(0);
    }
  });

  test("every URL of the sitemaps answers 200 without a redirect", async ({ request, baseURL }) => {
    test.setTimeout(180_000);
    const origin = new URL(baseURL ?? "").origin;
    const sitemaps = await sitemapSnapshot(request, origin);
    const locations = sitemaps.flatMap((sitemap) => sitemap.urls.map((url) => url.loc));
    expect(locations.length).toBeGreaterThan(0);

    /** The URLs that do not answer 200, with what they answered. */
    const failing = async (urls: readonly string[]) => {
      const failures = new Map<string, number>();
      await eachLimited(urls, CONCURRENCY, async (location) => {
        const response = await request.get(location, { maxRedirects: 0 });
        if (response.status() !== 200) failures.set(location, response.status());
        await response.dispose();
      });
      return failures;
    };
    const firstFailures = await failing(locations);
    // A URL may have been renamed by another test meanwhile: only those still listed must answer.
    const stillListed = new Set(
      (await sitemapSnapshot(request, origin)).flatMap((sitemap) => sitemap.urls.map((url) => url.loc)),
    );
    const failures = await failing([...firstFailures.keys()].filter((location) => stillListed.has(location)));
    const report = [...failures].map(([location, status]) => `${status} ${location}`).sort();
    expect(report.join("\n"), `${report.length} of ${locations.length} URLs failed`).toBe("");
  });

  test("unknown sitemap files and pages past the last one answer 404", async ({ request }) => {
    for (const name of ["products-fr-999", "categories-en-999", "products-de-1", "nope", "pages-fr-1"]) {
      const response = await request.get(`/sitemap.xml?part=${name}`);
      expect(response.status(), name).toBe(404);
    }
  });
});
