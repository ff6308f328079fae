import type { MetaDescriptor } from "@remix-run/node";
import { DEFAULT_LOCALE, type Alternates } from "@comptoir/i18n";

export interface PageSeo {
  title: string;
  description: string;
  /** Absolute URL of this page without tracking parameters. */
  canonical: string;
  /** Absolute URLs of the same page in each locale. */
  alternates: Alternates;
}

/** Title, description, canonical and reciprocal hreflang links (plus x-default) for a page. */
export function seoMeta(seo: PageSeo | undefined): MetaDescriptor[] {
  if (!seo) return [];
  const alternates = Object.entries(seo.alternates).map(([locale, href]) => ({
    tagName: "link",
    rel: "alternate",
    hrefLang: locale,
    href,
  }));
  const fallback = seo.alternates[DEFAULT_LOCALE];
  return [
    { title: seo.title },
    { name: "description", content: seo.description },
    { tagName: "link", rel: "canonical", href: seo.canonical },
    ...alternates,
    ...(fallback ? [{ tagName: "link", rel: "alternate", hrefLang: "x-default", href: fallback }] : []),
    { property: "og:title", content: seo.title },
    { property: "og:description", content: seo.description },
    { property: "og:url", content: seo.canonical },
  ];
}

/** Absolute URLs for a set of paths, on the request's origin. */
export function absoluteAlternates(origin: string, paths: Alternates): Alternates {
  return Object.fromEntries(
    Object.entries(paths).map(([locale, path]) => [locale, new URL(path, origin).toString()]),
  );
}
