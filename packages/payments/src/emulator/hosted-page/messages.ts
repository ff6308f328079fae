import en from "./locales/en.json";
import fr from "./locales/fr.json";

export type PageLanguage = "en" | "fr";
export type MessageKey = keyof typeof en;

// Both files must hold the same keys: the French one is checked against the English shape.
const MESSAGES: Record<PageLanguage, Record<MessageKey, string>> = { en, fr: fr satisfies typeof en };

/** A message with its `{{name}}` placeholders filled in. */
export function message(
  language: PageLanguage,
  key: MessageKey,
  values: Record<string, string> = {},
): string {
  return MESSAGES[language][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? "");
}

/**
 * The page's language: the session's `locale` when it is French or English, otherwise (auto, absent or
 * another language) the browser's preference between the two, English by default.
 */
export function pageLanguage(sessionLocale: string | null, acceptLanguage: string | null): PageLanguage {
  if (sessionLocale?.startsWith("fr")) return "fr";
  if (sessionLocale?.startsWith("en")) return "en";
  const preferred = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...options] = part.trim().toLowerCase().split(";");
      const q = options.map((option) => /^q=([\d.]+)$/.exec(option.trim())?.[1]).find(Boolean);
      return { tag, q: q === undefined ? 1 : Number(q) };
    })
    .filter(({ tag, q }) => q > 0 && (tag.startsWith("fr") || tag.startsWith("en")))
    .sort((a, b) => b.q - a.q)[0];
  return preferred?.tag.startsWith("fr") ? "fr" : "en";
}
