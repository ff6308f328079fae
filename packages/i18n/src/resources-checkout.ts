// The texts of the storefront's checkout, its order confirmation and the order summary that the
// account's order page shows too, in both languages. Like the account area's (resources-account.ts),
// they travel with those pages' code (each route adds them, see useResources) rather than with
// every page of the shop: most pages a visitor sees are catalog pages.
import enCheckout from "./resources/en/checkout.json";
import frCheckout from "./resources/fr/checkout.json";
import type { I18nResources } from "./instance";

export const checkoutResources = {
  fr: { checkout: frCheckout },
  en: { checkout: enCheckout },
} satisfies I18nResources;
