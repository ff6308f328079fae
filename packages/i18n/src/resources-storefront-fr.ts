// The storefront's texts for a page in French: its own namespaces in French (the account area's
// come with its code: resources-account.ts), and, of the other language, what the language
// switcher says in it (it names each language in its own words).
import { language as enLanguage } from "./resources/en/common.json";
import frCommon from "./resources/fr/common.json";
import frErrors from "./resources/fr/errors.json";
import frStorefront from "./resources/fr/storefront.json";
import type { I18nResources } from "./instance";

export const frenchStorefrontResources = {
  fr: { common: frCommon, storefront: frStorefront, errors: frErrors },
  en: { common: { language: enLanguage } },
} satisfies I18nResources;
