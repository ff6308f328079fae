// The columns of the products CSV: one row per variant, the product's own columns on its first row
// (later rows of the same product may leave them empty). Texts come in French and English.
export const OPTION_SLOTS = [1, 2, 3] as const;

export const PRODUCT_COLUMNS = [
  "key",
  "status",
  "featured",
  "categories",
  "name_fr",
  "name_en",
  "slug_fr",
  "slug_en",
  "description_fr",
  "description_en",
  "seo_title_fr",
  "seo_title_en",
  "seo_description_fr",
  "seo_description_en",
  ...OPTION_SLOTS.flatMap((n) => [`option${n}_fr`, `option${n}_en`] as const),
] as const;

export const VARIANT_COLUMNS = [
  ...OPTION_SLOTS.flatMap((n) => [`value${n}_fr`, `value${n}_en`] as const),
  "sku",
  "price",
  "compare_at_price",
  "stock",
  "weight_grams",
] as const;

export const CSV_COLUMNS = [...PRODUCT_COLUMNS, ...VARIANT_COLUMNS] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Record<CsvColumn, string>;

/** Categories in one cell, by their key: "teas|gifts". */
export const LIST_SEPARATOR = "|";

/** Minor units per major unit of a currency (100 for EUR, 1 for JPY). */
export function minorUnitsOf(currency: string): number {
  const digits =
    new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return 10 ** digits;
}
