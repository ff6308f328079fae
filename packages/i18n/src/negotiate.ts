import { LOCALES, type Locale } from "@comptoir/validators/locales";

/**
 * The shop locale a browser prefers, from its Accept-Language header: tags in order of quality,
 * each matched on its language ("en-GB" is English), the first supported one wins.
 */
export function negotiateLocale(acceptLanguage: string | null): Locale | null {
  if (!acceptLanguage) return null;
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const quality = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
      const q = quality ? Number.parseFloat(quality.slice(2)) : 1;
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { language } of ranked) {
    const match = LOCALES.find((locale) => locale === language);
    if (match) return match;
  }
  return null;
}
