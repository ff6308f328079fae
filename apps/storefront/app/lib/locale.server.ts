import { isLocale, type Locale } from "@comptoir/i18n";
import { createLocaleCookie, createLocaleDetector } from "@comptoir/i18n/server";

/** Remembers the last language the visitor browsed in, for the next visit to "/". */
export const localeCookie = createLocaleCookie("comptoir_lang");

/** The locale in the URL's first segment (/fr/..., /en/...), if any. */
export function localeFromUrl(request: Request): Locale | null {
  const first = new URL(request.url).pathname.split("/")[1];
  return isLocale(first) ? first : null;
}

/** URL first, then the cookie, then Accept-Language, then French. */
export const localeDetector = createLocaleDetector({ cookie: localeCookie, fromUrl: localeFromUrl });

/** A Set-Cookie header value when the visitor's remembered language differs from `locale`. */
export async function rememberLocale(request: Request, locale: Locale): Promise<string | null> {
  const current: unknown = await localeCookie.parse(request.headers.get("cookie"));
  return current === locale ? null : localeCookie.serialize(locale);
}
