// Server-side language detection (remix-i18next). Imported by the apps' *.server.ts files only.
import { createCookie, type Cookie } from "@remix-run/node";
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "@comptoir/validators/locales";
import { RemixI18Next } from "remix-i18next/server";
import { i18nextOptions } from "./options";

/** A year-long, httpOnly cookie remembering a visitor's language (`Secure` in production). */
export function createLocaleCookie(name: string): Cookie {
  return createCookie(name, {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    secure: process.env.NODE_ENV === "production",
    maxAge: 60 * 60 * 24 * 365,
  });
}

export interface LocaleDetectionOptions {
  /** The cookie that remembers the visitor's choice. */
  cookie: Cookie;
  /** A locale carried by the URL, when the app has one (the storefront's /fr and /en). */
  fromUrl?: (request: Request) => Locale | null;
}

/** Detects the locale: the URL first (when given), then the cookie, then Accept-Language, else French. */
export function createLocaleDetector(options: LocaleDetectionOptions) {
  const remixI18next = new RemixI18Next({
    detection: {
      supportedLanguages: [...LOCALES],
      fallbackLanguage: DEFAULT_LOCALE,
      cookie: options.cookie,
      order: options.fromUrl ? ["custom", "cookie", "header"] : ["cookie", "header"],
      findLocale: options.fromUrl ? async (request) => options.fromUrl?.(request) ?? null : undefined,
    },
    i18next: i18nextOptions,
  });
  return {
    async getLocale(request: Request): Promise<Locale> {
      const detected = await remixI18next.getLocale(request);
      return isLocale(detected) ? detected : DEFAULT_LOCALE;
    },
    getFixedT: remixI18next.getFixedT.bind(remixI18next),
  };
}
