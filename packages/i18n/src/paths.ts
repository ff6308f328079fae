// Localized URLs of the storefront: /fr/produit/<slug-fr>, /en/product/<slug-en>. The route table
// (apps/storefront/app/routes.ts) and every link are built from these segments.
import type { Locale } from "@comptoir/validators/locales";

export const PATH_SEGMENTS = {
  product: { fr: "produit", en: "product" },
} as const satisfies Record<string, Record<Locale, string>>;

export function homePath(locale: Locale): string {
  return `/${locale}`;
}

export function productPath(locale: Locale, slug: string): string {
  return `/${locale}/${PATH_SEGMENTS.product[locale]}/${encodeURIComponent(slug)}`;
}

/** The same page in every locale where it exists: feeds the language switcher and hreflang. */
export type Alternates = Partial<Record<Locale, string>>;
