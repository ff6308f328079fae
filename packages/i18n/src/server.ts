// Server-side language detection (remix-i18next). Imported by the apps' *.server.ts files only.
import type { Cookie } from "@remix-run/node";
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "@comptoir/validators/locales";
import { RemixI18Next } from "remix-i18next/server";
import { i18nextOptions } from "./options";

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
