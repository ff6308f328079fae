// The texts the storefront's browser code needs: its pages' (the account area has a namespace of its
// own), the shared ones and error messages; no admin or email texts. A page loads its own language
// only (loadStorefrontResources): each language is a chunk of its own in the browser bundle.
import type { Locale } from "@comptoir/validators/locales";
import type { I18nResources } from "./instance";

export function loadStorefrontResources(locale: Locale): Promise<I18nResources> {
  return locale === "en"
    ? import("./resources-storefront-en").then((module) => module.englishStorefrontResources)
    : import("./resources-storefront-fr").then((module) => module.frenchStorefrontResources);
}
