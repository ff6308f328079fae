const LIGATURES: Record<string, string> = { œ: "oe", Œ: "oe", æ: "ae", Æ: "ae", ß: "ss" };

/**
 * A URL slug from a display name: accents stripped, lower case, words joined by hyphens.
 * "Café de Colombie" -> "cafe-de-colombie", "Chocolat noir 70 %" -> "chocolat-noir-70".
 * The seed, the catalog's filter keys and (later) the admin's slug suggestions all use it.
 */
export function slugify(text: string): string {
  return text
    .replace(/[œŒæÆß]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
