import type { Alternates, Locale } from "@comptoir/i18n";
import { getFixedT } from "@comptoir/i18n/server";
import { markdownToText } from "./markdown-text";
import { absoluteUrl } from "./origin.server";
import type { PageSeo } from "./seo";

/**
 * A page's SEO fields with absolute URLs: `path` is its canonical path (the parameters that define
 * the page, such as `?page=2`, and none of the tracking, filter or sort ones), `alternates` its
 * paths in every locale.
 */
export function pageSeo(
  request: Request,
  page: {
    locale: Locale;
    title: string;
    description: string;
    path: string;
    alternates: Alternates;
    type?: PageSeo["type"];
    image?: { url: string; alt: string; width: number; height: number } | null;
    noindex?: boolean;
  },
): PageSeo {
  return {
    title: page.title,
    siteName: getFixedT(page.locale, "common")("brand"),
    description: page.description,
    locale: page.locale,
    canonical: absoluteUrl(request, page.path),
    alternates: Object.fromEntries(
      Object.entries(page.alternates).map(([locale, path]) => [locale, absoluteUrl(request, path)]),
    ),
    type: page.type,
    image: page.image ? { ...page.image, url: absoluteUrl(request, page.image.url) } : null,
    noindex: page.noindex,
  };
}

/** Plain text for a meta description: Markdown marks dropped, whitespace folded, at most ~160 characters. */
export function metaDescription(text: string): string {
  const plain = markdownToText(text).replace(/\s+/g, " ").trim();
  if (plain.length <= 160) return plain;
  const cut = plain.slice(0, 157);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 100 ? cut.lastIndexOf(" ") : 157)}…`;
}
