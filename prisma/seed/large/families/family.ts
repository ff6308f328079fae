// What a family of synthetic products is, and the helpers every family uses. Each family writes
// products that could sit beside the demo ones in a category: "Café du Brésil lavé, lot 123",
// "Thé vert du Japon, lot 124"... The numbers keep names unique; the words keep them readable.
import type { Random } from "../../images/random";
import type { Localized, OptionData } from "../../types";

/** One option of a family's products and the value codes its variants may take. */
export interface FamilyOption {
  option: OptionData;
  codes: readonly string[];
}

export interface Family {
  id: string;
  /** The word before the product's number: "lot 123", "modèle 123"... */
  series: Localized;
  /** Picks words and returns the name (without the number) and a Markdown description. */
  compose(random: Random): { name: Localized; description: Localized };
  options: readonly FamilyOption[];
  /** Price of the smallest variant, in cents: a value is drawn in this range. */
  price: readonly [number, number];
  /** Packaging of weighed products, or the whole item, in grams. */
  grams: number;
}

export type Word = Localized;

export const LOT: Localized = { fr: "lot", en: "lot" };
export const MODEL: Localized = { fr: "modèle", en: "model" };
export const EDITION: Localized = { fr: "édition", en: "edition" };

/** "de " or "d’" before a French word: "de caramel", "d’agrumes". */
export function de(word: string): string {
  return /^[aeiouyhàâäéèêëîïôöûùüœ]/i.test(word) ? `d’${word}` : `de ${word}`;
}

/** Two different words of a list. */
export function pickTwo(random: Random, words: readonly Word[]): [Word, Word] {
  const first = random.pick(words);
  let second = random.pick(words);
  while (second === first) second = random.pick(words);
  return [first, second];
}

/** French regions, for products named after where they come from (jams, condiments). */
export const REGIONS: readonly Word[] = [
  { fr: "de Provence", en: "Provence" },
  { fr: "du Roussillon", en: "Roussillon" },
  { fr: "d’Alsace", en: "Alsace" },
  { fr: "du Québec", en: "Québec" },
  { fr: "de Lorraine", en: "Lorraine" },
  { fr: "du Périgord", en: "Périgord" },
  { fr: "de Bretagne", en: "Brittany" },
  { fr: "de Savoie", en: "Savoy" },
];
