// schema.org data (JSON-LD) describing the shop and its pages to search engines. Pure: pages build
// it in their `meta` export (see jsonLdMeta) from the data they already have, so it is not sent to
// the browser a second time inside the loader data.
import type { MetaDescriptor } from "@remix-run/node";
import type { ImageDto, Money } from "@comptoir/api";
import { currencyDigits, DEFAULT_LOCALE, homePath, searchPath, type Locale } from "@comptoir/i18n";
import enCommon from "@comptoir/i18n/resources/en/common.json";
import frCommon from "@comptoir/i18n/resources/fr/common.json";

/** Renders each object as a <script type="application/ld+json"> (Remix escapes its content). */
export function jsonLdMeta(...objects: object[]): MetaDescriptor[] {
  return objects.map((object) => ({ "script:ld+json": object }));
}

/** What productJsonLd needs of a product (a ProductDetailDto, or the page's slimmer view of it). */
export interface ProductJsonLdSource {
  name: string;
  /**
   * Plain text: the page passes its meta description, made from the product's Markdown on the
   * server (page-seo.server.ts). This module runs in the browser too (meta), which then needs no
   * Markdown stripper.
   */
  description: string;
  images: Pick<ImageDto, "url">[];
  variants: { sku: string; title: string; price: Money; stock: number }[];
}

const CONTEXT = "https://schema.org";

// The brand as the resources write it (in one place). Only the shared texts are imported: this
// module runs in the browser too (meta), where the whole resource set would weigh every page down.
const BRAND: Record<Locale, string> = { fr: frCommon.brand, en: enCommon.brand };

export function organizationJsonLd(origin: string) {
  return {
    "@context": CONTEXT,
    "@type": "Organization",
    name: BRAND[DEFAULT_LOCALE],
    url: origin,
    logo: `${origin}/favicon.svg`,
  };
}

/** The site in one language, with the search box search engines may offer (the search page's URL). */
export function websiteJsonLd(origin: string, locale: Locale) {
  return {
    "@context": CONTEXT,
    "@type": "WebSite",
    name: BRAND[locale],
    url: `${origin}${homePath(locale)}`,
    inLanguage: locale,
    potentialAction: {
      "@type": "SearchAction",
      target: `${origin}${searchPath(locale)}?q={search_term_string}`,
      "query-input": "required name=search_term_string",
    },
  };
}

export function breadcrumbJsonLd(items: readonly { name: string; url: string }[]) {
  return {
    "@context": CONTEXT,
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/**
 * A product and one offer per variant. `url` is the product page's canonical URL; each offer points
 * to it with the variant selected.
 */
export function productJsonLd(product: ProductJsonLdSource, options: { url: string; origin: string }) {
  const [first] = product.variants;
  return {
    "@context": CONTEXT,
    "@type": "Product",
    name: product.name,
    description: product.description,
    url: options.url,
    image: product.images.map((image) => new URL(image.url, options.origin).toString()),
    ...(first ? { sku: first.sku } : {}),
    offers: product.variants.map((variant) => ({
      "@type": "Offer",
      name: variant.title,
      sku: variant.sku,
      price: decimalAmount(variant.price.amount, variant.price.currency),
      priceCurrency: variant.price.currency,
      availability: variant.stock > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      url: `${options.url}?variant=${encodeURIComponent(variant.sku)}`,
    })),
  };
}

/** An amount in minor units as a decimal string in major units: (1290, "EUR") -> "12.90", (500, "JPY") -> "500". */
function decimalAmount(amount: number, currency: string): string {
  const digits = currencyDigits(currency);
  // Integer arithmetic on the digits: no floating-point rounding on the way.
  const sign = amount < 0 ? "-" : "";
  const units = String(Math.abs(Math.round(amount))).padStart(digits + 1, "0");
  if (digits === 0) return `${sign}${units}`;
  return `${sign}${units.slice(0, -digits)}.${units.slice(-digits)}`;
}
