import { createInstance, type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import type { Locale } from "@comptoir/validators/locales";
import { i18nextOptions } from "./options";

/** A ready i18next instance for one request (server) or one page (browser). */
export function createI18n(locale: Locale): i18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({ ...i18nextOptions, lng: locale });
  return instance;
}
