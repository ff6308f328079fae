import { ADMIN_LOCALE_COOKIE } from "@comptoir/i18n";
import { createLocaleDetector } from "@comptoir/i18n/server";

/** The admin's language: chosen with the switcher, else the browser's, else French. */
export const localeDetector = createLocaleDetector({ cookieName: ADMIN_LOCALE_COOKIE });
