import { cartPath, LOCALES, type Alternates } from "@comptoir/i18n";

// The cart's and checkout's URLs (/fr/panier, /en/cart; /fr/commande, /en/checkout) are built in
// @comptoir/i18n; re-exported here for the cart's modules.
export { cartPath, checkoutPath } from "@comptoir/i18n";

/** The cart page in every locale, for hreflang and the language switcher. */
export function cartAlternates(): Alternates {
  return Object.fromEntries(LOCALES.map((locale) => [locale, cartPath(locale)]));
}
