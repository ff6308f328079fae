import type { InitOptions } from "i18next";
import { DEFAULT_LOCALE, LOCALES } from "@comptoir/validators/locales";
import type { resources } from "./resources";

/**
 * The i18next options both apps use, on the server and in the browser. The resources are given
 * apart (see createI18n): the server holds every namespace, a browser only its app's.
 */
export const i18nextOptions = {
  supportedLngs: [...LOCALES],
  fallbackLng: DEFAULT_LOCALE,
  defaultNS: "common",
  // React escapes; escaping again would show &amp; in text.
  interpolation: { escapeValue: false },
  // Resources are in memory: initialise synchronously so the first render is already translated.
  initImmediate: false,
  returnNull: false,
} satisfies InitOptions;

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: (typeof resources)["fr"];
  }
}
