// No zod here: the i18n package (and through it, the browser bundle) imports these constants.

/** The shop's languages. The Prisma `Locale` enum holds the same values (a core test checks it). */
export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
