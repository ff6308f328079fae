import { isLocale, type Locale } from "@comptoir/validators/locales";

/**
 * The storefront's language preference. Written by the language switcher in the browser (page
 * views never set cookies, so that anonymous catalog pages stay cacheable by a CDN) and read by
 * the server only to choose where "/" leads.
 */
export const STOREFRONT_LOCALE_COOKIE = "comptoir_lang";
export const ADMIN_LOCALE_COOKIE = "comptoir_admin_lang";

const ONE_YEAR = 60 * 60 * 24 * 365;

/** The locale in a plain `name=fr` cookie of the Cookie header, if valid. */
export function readLocaleCookie(cookieHeader: string | null, name: string): Locale | null {
  for (const part of cookieHeader?.split(";") ?? []) {
    const [key, value] = part.trim().split("=");
    if (key === name && isLocale(value)) return value;
  }
  return null;
}

/** A Set-Cookie (or document.cookie) value remembering `locale` for a year. */
export function localeCookieValue(name: string, locale: Locale, options: { secure?: boolean } = {}): string {
  return `${name}=${locale}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax${options.secure ? "; Secure" : ""}`;
}
