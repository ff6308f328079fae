import type { MetaDescriptor } from "@remix-run/node";
import { DEFAULT_LOCALE, type Alternates, type Locale } from "@comptoir/i18n";

export interface PageSeo {
  title: string;
  description: string;
  /** The shop's name (Open Graph). */
  siteName: string;
  locale: Locale;
  /** Absolute URL of this page, without tracking or filter parameters. */
  canonical: string;
  /** Absolute URLs of the same page in each locale. */
  alternates: Alternates;
  type?: "website" | "product";
  image?: { url: string; alt: string; width: number; height: number } | null;
  /** Pages that should not be indexed (search results), though their links may be followed. */
  noindex?: boolean;
}

const OG_LOCALES: Record<Locale, string> = { fr: "fr_FR", en: "en_US" };

/**
 * Title, description, robots, canonical, reciprocal hreflang links (with x-default: French), Open Graph
 * and Twitter cards for a page.
 */
export function seoMeta(seo: PageSeo | undefined): MetaDescriptor[] {
  if (!seo) return [];
  const alternates = Object.entries(seo.alternates).map(([locale, href]) => ({
    tagName: "link",
    rel: "alternate",
    hrefLang: locale,
    href,
  }));
  const fallback = seo.alternates[DEFAULT_LOCALE] ?? Object.values(seo.alternates)[0];
  const image = seo.image;
  return [
    { title: seo.title },
    { name: "description", content: seo.description },
    ...(seo.noindex ? [{ name: "robots", content: "noindex, follow" }] : []),
    { tagName: "link", rel: "canonical", href: seo.canonical },
    ...alternates,
    ...(fallback ? [{ tagName: "link", rel: "alternate", hrefLang: "x-default", href: fallback }] : []),
    { property: "og:site_name", content: seo.siteName },
    { property: "og:type", content: seo.type ?? "website" },
    { property: "og:title", content: seo.title },
    { property: "og:description", content: seo.description },
    { property: "og:url", content: seo.canonical },
    { property: "og:locale", content: OG_LOCALES[seo.locale] },
    ...Object.keys(seo.alternates)
      .filter((locale) => locale !== seo.locale)
      .map((locale) => ({ property: "og:locale:alternate", content: OG_LOCALES[locale as Locale] })),
    ...(image
      ? [
          { property: "og:image", content: image.url },
          { property: "og:image:alt", content: image.alt },
          { property: "og:image:width", content: String(image.width) },
          { property: "og:image:height", content: String(image.height) },
        ]
      : []),
    { name: "twitter:card", content: image ? "summary_large_image" : "summary" },
    { name: "twitter:title", content: seo.title },
    { name: "twitter:description", content: seo.description },
    ...(image ? [{ name: "twitter:image", content: image.url }] : []),
  ];
}
