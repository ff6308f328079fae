// The texts of the storefront's log-in, sign-up and emailed-link pages, in both languages. Like the
// account area's (resources-account.ts), they travel with those pages' code (each route adds them,
// see useResources) rather than with every page of the shop: most visitors never log in.
import enAuth from "./resources/en/auth.json";
import frAuth from "./resources/fr/auth.json";
import type { I18nResources } from "./instance";

export const authResources = {
  fr: { auth: frAuth },
  en: { auth: enAuth },
} satisfies I18nResources;
