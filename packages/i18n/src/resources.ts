import enAccount from "./resources/en/account.json";
import enAdmin from "./resources/en/admin.json";
import enAuth from "./resources/en/auth.json";
import enCheckout from "./resources/en/checkout.json";
import enCommon from "./resources/en/common.json";
import enEmail from "./resources/en/email.json";
import enErrors from "./resources/en/errors.json";
import enStorefront from "./resources/en/storefront.json";
import frAccount from "./resources/fr/account.json";
import frAdmin from "./resources/fr/admin.json";
import frAuth from "./resources/fr/auth.json";
import frCheckout from "./resources/fr/checkout.json";
import frCommon from "./resources/fr/common.json";
import frEmail from "./resources/fr/email.json";
import frErrors from "./resources/fr/errors.json";
import frStorefront from "./resources/fr/storefront.json";

/**
 * Every string shown to a user, one namespace per area. Both languages are bundled: they are small,
 * and it spares the browser a request before it can hydrate.
 */
export const resources = {
  fr: {
    common: frCommon,
    storefront: frStorefront,
    auth: frAuth,
    checkout: frCheckout,
    account: frAccount,
    admin: frAdmin,
    errors: frErrors,
    email: frEmail,
  },
  en: {
    common: enCommon,
    storefront: enStorefront,
    auth: enAuth,
    checkout: enCheckout,
    account: enAccount,
    admin: enAdmin,
    errors: enErrors,
    email: enEmail,
  },
} as const;

export const NAMESPACES = [
  "common",
  "storefront",
  "auth",
  "checkout",
  "account",
  "admin",
  "errors",
  "email",
] as const;
export type Namespace = (typeof NAMESPACES)[number];
