// The storefront's texts for a page in English: its own namespaces in English (the account area's
// come with its code: resources-account.ts), and the shared texts of the other languages (the
// language switcher names each language in its own words).
import enCommon from "./resources/en/common.json";
import enErrors from "./resources/en/errors.json";
import enStorefront from "./resources/en/storefront.json";
import frCommon from "./resources/fr/common.json";
import type { I18nResources } from "./instance";

export const englishStorefrontResources = {
  en: { common: enCommon, storefront: enStorefront, errors: enErrors },
  fr: { common: frCommon },
} satisfies I18nResources;
