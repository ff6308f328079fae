// Sitemaps (https://www.sitemaps.org/protocol.html) and robots.txt as pure functions of the API's data
// and the public origin: the resource routes only fetch, pick the file and wrap the result.
import type { SitemapEntryDto } from "@comptoir/api";
import {
  categoryPath,
  DEFAULT_LOCALE,
  homePath,
  isLocale,
  LOCALES,
  productPath,
  searchPath,
  type Locale,
} from "@comptoir/i18n";
import { SITEMAP_PAGE_SIZE } from "@comptoir/validators";

/** The protocol's limit on the URLs of one sitemap, and on the sitemaps of one index. */
export const SITEMAP_MAX_URLS = 50_000;

// One sitemap file is one API page: the API's page size is what keeps every file within the limit.
if (SITEMAP_PAGE_SIZE > SITEMAP_MAX_URLS) {
  throw new Error(
    `SITEMAP_PAGE_SIZE (${SITEMAP_PAGE_SIZE}) exceeds the sitemap limit of ${SITEMAP_MAX_URLS} URLs.`,
  );
}

/** Crawlers and CDNs may keep these an hour, and serve a stale copy for a day while refreshing it. */
export const CRAWLER_CACHE_CONTROL = "public, max-age=0, s-maxage=3600, stale-while-revalidate=86400";

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NS = "http://www.w3.org/1999/xhtml";

export type EntityKind = "products" | "categories";

/** One sitemap file: the locale's fixed pages, or one page of products or categories in a locale. */
export type SitemapFile =
  { kind: "pages"; locale: Locale } | { kind: EntityKind; locale: Locale; page: number };

/** Page counts of each entity sitemap, as `catalog.sitemapIndex` returns them. */
export type SitemapCounts = Record<EntityKind, number>;

const ENTITY_PATHS: Record<EntityKind, (locale: Locale, slug: string) => string> = {
  products: productPath,
  categories: categoryPath,
};

/** "pages-fr", "products-en-2": the `part` of /sitemap.xml?part=… */
export function sitemapFileName(file: SitemapFile): string {
  return file.kind === "pages" ? `pages-${file.locale}` : `${file.kind}-${file.locale}-${file.page}`;
}

/**
 * The sitemaps are served from the site's root (/sitemap.xml?part=products-fr-1): the protocol lets
 * a sitemap list only URLs below its own directory, and the pages live under /fr and /en.
 */
export function sitemapPartUrl(origin: string, file: SitemapFile): string {
  return absolute(origin, `/sitemap.xml?part=${sitemapFileName(file)}`);
}

/** The sitemap named by /sitemap.xml?part=<name>, or null for anything else (the route answers 404). */
export function parseSitemapFile(name: string): SitemapFile | null {
  // Page numbers without leading zeros, so each sitemap has exactly one URL.
  const match = /^(pages|products|categories)-([a-z]{2})(?:-([1-9][0-9]{0,5}))?$/.exec(name);
  if (!match) return null;
  const [, kind, locale, page] = match;
  if (!isLocale(locale)) return null;
  if (kind === "pages") return page === undefined ? { kind, locale } : null;
  if ((kind !== "products" && kind !== "categories") || page === undefined) return null;
  return { kind, locale, page: Number(page) };
}

/** Every file the index lists: for each locale, its pages, then each page of categories and products. */
export function sitemapFiles(counts: SitemapCounts): SitemapFile[] {
  return LOCALES.flatMap((locale): SitemapFile[] => [
    { kind: "pages", locale },
    ...pageNumbers(counts.categories).map((page) => ({ kind: "categories" as const, locale, page })),
    ...pageNumbers(counts.products).map((page) => ({ kind: "products" as const, locale, page })),
  ]);
}

function pageNumbers(count: number): number[] {
  return Array.from({ length: Math.max(0, Math.floor(count)) }, (_, index) => index + 1);
}

/** The sitemap index at /sitemap.xml. */
export function sitemapIndexXml(origin: string, counts: SitemapCounts): string {
  const files = sitemapFiles(counts);
  if (files.length > SITEMAP_MAX_URLS) {
    throw new Error(`The sitemap index would list ${files.length} sitemaps (limit: ${SITEMAP_MAX_URLS}).`);
  }
  const items = files.map(
    (file) => `<sitemap><loc>${escapeXml(sitemapPartUrl(origin, file))}</loc></sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${SITEMAP_NS}">\n${lines(items)}</sitemapindex>\n`;
}

/** One <url>: its address, last change and the same page in every locale where it exists. */
export interface SitemapUrl {
  loc: string;
  /** ISO date and time; left out when unknown. */
  lastmod?: string;
  /** Absolute URL per locale, the page's own included. */
  alternates: Partial<Record<Locale, string>>;
}

/** A <urlset> with hreflang alternates (and x-default) for each URL. */
export function urlsetXml(urls: readonly SitemapUrl[]): string {
  if (urls.length > SITEMAP_MAX_URLS) {
    throw new Error(`A sitemap cannot hold ${urls.length} URLs (limit: ${SITEMAP_MAX_URLS}).`);
  }
  const items = urls.map((url) => {
    const lastmod = url.lastmod === undefined ? null : w3cDateTime(url.lastmod);
    const links = hreflangLinks(url).map(
      ([hreflang, href]) => `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(href)}"/>`,
    );
    return [
      "<url>",
      `<loc>${escapeXml(url.loc)}</loc>`,
      lastmod ? `<lastmod>${lastmod}</lastmod>` : "",
      ...links,
      "</url>",
    ].join("");
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}">\n${lines(items)}</urlset>\n`;
}

/** Each locale's URL, then x-default: the default locale's URL, or the page's own when it has none. */
function hreflangLinks(url: SitemapUrl): [string, string][] {
  const links = LOCALES.flatMap((locale): [string, string][] => {
    const href = url.alternates[locale];
    return href ? [[locale, href]] : [];
  });
  return [...links, ["x-default", url.alternates[DEFAULT_LOCALE] ?? url.loc]];
}

/** The sitemap of products or categories in one locale, from one API page of entries. */
export function entitySitemapXml(
  entries: readonly SitemapEntryDto[],
  options: { origin: string; locale: Locale; kind: EntityKind },
): string {
  if (entries.length > SITEMAP_PAGE_SIZE) {
    throw new Error(`A sitemap page holds at most ${SITEMAP_PAGE_SIZE} entries, got ${entries.length}.`);
  }
  const build = ENTITY_PATHS[options.kind];
  const urls = entries.flatMap((entry): SitemapUrl[] => {
    const slug = entry.slugs[options.locale];
    // Not translated into this locale: the entity has no page here.
    if (!slug) return [];
    const alternates: Partial<Record<Locale, string>> = {};
    for (const locale of LOCALES) {
      const localSlug = entry.slugs[locale];
      if (localSlug) alternates[locale] = absolute(options.origin, build(locale, localSlug));
    }
    return [
      { loc: absolute(options.origin, build(options.locale, slug)), lastmod: entry.updatedAt, alternates },
    ];
  });
  return urlsetXml(urls);
}

/** The sitemap of pages that exist in every locale (the home), without a date: they change with the catalog. */
export function pagesSitemapXml(options: { origin: string; locale: Locale }): string {
  const alternates = Object.fromEntries(
    LOCALES.map((locale) => [locale, absolute(options.origin, homePath(locale))]),
  ) as Partial<Record<Locale, string>>;
  return urlsetXml([{ loc: absolute(options.origin, homePath(options.locale)), alternates }]);
}

/** robots.txt: everything may be crawled but the API and the search results (endless, thin pages). */
export function robotsTxt(origin: string): string {
  return [
    "User-agent: *",
    "Allow: /",
    "Disallow: /api/",
    ...LOCALES.map((locale) => `Disallow: ${searchPath(locale)}`),
    "",
    `Sitemap: ${absolute(origin, "/sitemap.xml")}`,
    "",
  ].join("\n");
}

/** A W3C datetime (2024-05-01T08:30:00Z), or null when the value is not a date. */
export function w3cDateTime(value: string): string | null {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

// Characters XML 1.0 forbids even when escaped; removed rather than producing an unparsable file.
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text safe inside an XML element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** The XML response of a sitemap or of the index. */
export function xmlResponse(xml: string): Response {
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": CRAWLER_CACHE_CONTROL },
  });
}

/** What an unknown sitemap answers: a plain 404, not the HTML error page meant for people. */
export function sitemapNotFound(): Response {
  return new Response("Not Found\n", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

function absolute(origin: string, path: string): string {
  return new URL(path, origin).toString();
}

function lines(items: readonly string[]): string {
  return items.map((item) => `${item}\n`).join("");
}
