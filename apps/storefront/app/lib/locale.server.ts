import { isLocale, STOREFRONT_LOCALE_COOKIE, type Locale } from "@comptoir/i18n";
import { createLocaleDetector } from "@comptoir/i18n/server";

/** The locale in the URL's first segment (/fr/..., /en/...), if any. */
export function localeFromUrl(request: Request): Locale | null {
  const first = new URL(request.url).pathname.split("/")[1];
  return isLocale(first) ? first : null;
}

/** URL first, then the language chosen with the switcher, then Accept-Language, then French. */
export const localeDetector = createLocaleDetector({
  cookieName: STOREFRONT_LOCALE_COOKIE,
  fromUrl: localeFromUrl,
});
