// Localized URLs of the storefront: /fr/produit/<slug-fr>, /en/product/<slug-en>... The route table
// (apps/storefront/app/routes.ts) and every link are built from these segments, so they cannot disagree.
import type { Locale } from "@comptoir/validators/locales";

export const PATH_SEGMENTS = {
  product: { fr: "produit", en: "product" },
  category: { fr: "categorie", en: "category" },
  search: { fr: "recherche", en: "search" },
  cart: { fr: "panier", en: "cart" },
  checkout: { fr: "commande", en: "checkout" },
} as const satisfies Record<string, Record<Locale, string>>;

/** The same page in every locale where it exists: feeds the language switcher and hreflang. */
export type Alternates = Partial<Record<Locale, string>>;

type Query = Record<string, string | number | boolean | readonly string[] | undefined | null>;

/** "?a=1&b=x" from the defined, non-empty values (arrays repeat the key); "" when there is none. */
export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "" || value === false) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function homePath(locale: Locale): string {
  return `/${locale}`;
}

export function productPath(locale: Locale, slug: string, query?: Query): string {
  return `/${locale}/${PATH_SEGMENTS.product[locale]}/${encodeURIComponent(slug)}${queryString(query)}`;
}

export function categoryPath(locale: Locale, slug: string, query?: Query): string {
  return `/${locale}/${PATH_SEGMENTS.category[locale]}/${encodeURIComponent(slug)}${queryString(query)}`;
}

export function searchPath(locale: Locale, query?: Query): string {
  return `/${locale}/${PATH_SEGMENTS.search[locale]}${queryString(query)}`;
}

/** The page's path in every locale, from its slug in each (locales without a slug are left out). */
export function alternatesOf(
  build: (locale: Locale, slug: string) => string,
  slugs: Partial<Record<Locale, string>>,
): Alternates {
  return Object.fromEntries(
    Object.entries(slugs).flatMap(([locale, slug]) =>
      slug ? [[locale, build(locale as Locale, slug)]] : [],
    ),
  );
}
