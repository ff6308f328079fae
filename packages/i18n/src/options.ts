import type { InitOptions } from "i18next";
import { DEFAULT_LOCALE, LOCALES } from "@comptoir/validators/locales";
import { resources } from "./resources";

/** The i18next options both apps use, on the server and in the browser. */
export const i18nextOptions = {
  supportedLngs: [...LOCALES],
  fallbackLng: DEFAULT_LOCALE,
  defaultNS: "common",
  ns: ["common", "storefront", "admin", "errors"],
  resources,
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
