// Server-side language detection and translation. Imported by the apps' *.server.ts files only.
import { DEFAULT_LOCALE, type Locale } from "@comptoir/validators/locales";
import { resources, type Namespace } from "./resources";
import { createI18n } from "./instance";
import { shareFixedTs } from "./share-fixed-t";
import { readLocaleCookie } from "./locale-cookie";
import { negotiateLocale } from "./negotiate";

export interface LocaleDetectionOptions {
  /** The plain cookie holding the visitor's choice. */
  cookieName: string;
  /** A locale carried by the URL, when the app has one (the storefront's /fr and /en). */
  fromUrl?: (request: Request) => Locale | null;
}

const instances = new Map<Locale, ReturnType<typeof createI18n>>();

/** A translation function fixed to a locale and namespace, for loaders (titles, descriptions). */
export function getFixedT<N extends Namespace>(locale: Locale, namespace: N) {
  let instance = instances.get(locale);
  if (!instance) {
    instance = shareFixedTs(createI18n(locale, resources));
    instances.set(locale, instance);
  }
  return instance.getFixedT(locale, namespace);
}

/** Detects the locale: the URL (when given), then the cookie, then Accept-Language, else French. */
export function createLocaleDetector(options: LocaleDetectionOptions) {
  return {
    getLocale(request: Request): Locale {
      return (
        options.fromUrl?.(request) ??
        readLocaleCookie(request.headers.get("cookie"), options.cookieName) ??
        negotiateLocale(request.headers.get("accept-language")) ??
        DEFAULT_LOCALE
      );
    },
  };
}
