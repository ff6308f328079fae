// The storefront's texts for a page in English: its own namespaces in English (the account area's
// come with its code: resources-account.ts), and, of the other language, what the language
// switcher says in it (it names each language in its own words).
import enCommon from "./resources/en/common.json";
import enErrors from "./resources/en/errors.json";
import enStorefront from "./resources/en/storefront.json";
import { language as frLanguage } from "./resources/fr/common.json";
import type { I18nResources } from "./instance";

export const englishStorefrontResources = {
  en: { common: enCommon, storefront: enStorefront, errors: enErrors },
  fr: { common: { language: frLanguage } },
} satisfies I18nResources;
