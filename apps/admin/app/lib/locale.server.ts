import { createLocaleCookie, createLocaleDetector } from "@comptoir/i18n/server";

/** The admin's language: chosen with the switcher, else the browser's, else French. */
export const adminLocaleCookie = createLocaleCookie("comptoir_admin_lang");

export const localeDetector = createLocaleDetector({ cookie: adminLocaleCookie });
