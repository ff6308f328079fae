// The storefront's texts for a page in English: every namespace in English, and the shared texts of
// the other languages (the language switcher names each language in its own words).
import enAccount from "./resources/en/account.json";
import enCommon from "./resources/en/common.json";
import enErrors from "./resources/en/errors.json";
import enStorefront from "./resources/en/storefront.json";
import frCommon from "./resources/fr/common.json";
import type { I18nResources } from "./instance";

export const englishStorefrontResources = {
  en: { common: enCommon, storefront: enStorefront, account: enAccount, errors: enErrors },
  fr: { common: frCommon },
} satisfies I18nResources;
