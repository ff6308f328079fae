// The texts the storefront's browser code needs: its pages' (the account area has a namespace of its
// own), the shared ones and error messages.
// A module of its own so that the browser bundle carries these files only (no admin, no email).
import enAccount from "./resources/en/account.json";
import enCommon from "./resources/en/common.json";
import enErrors from "./resources/en/errors.json";
import enStorefront from "./resources/en/storefront.json";
import frAccount from "./resources/fr/account.json";
import frCommon from "./resources/fr/common.json";
import frErrors from "./resources/fr/errors.json";
import frStorefront from "./resources/fr/storefront.json";
import type { I18nResources } from "./instance";

export const storefrontResources = {
  fr: { common: frCommon, storefront: frStorefront, account: frAccount, errors: frErrors },
  en: { common: enCommon, storefront: enStorefront, account: enAccount, errors: enErrors },
} satisfies I18nResources;
