// The shapes of the demo catalog as written in seed/data/, before slugs and SKUs are derived.
import type { Motif } from "./images/icons";

export interface Localized<T = string> {
  fr: T;
  en: T;
}

/** Picks the colours and emblems of the illustrations of a category's products. */
export type Theme = "coffee" | "tea" | "chocolate" | "sweet" | "savoury" | "tableware" | "gifts";

export interface CategoryData {
  /** Stable identifier (kebab-case ASCII). */
  key: string;
  /** Key of the parent category, which must be listed before this one. */
  parent?: string;
  /** Defaults to the parent's. */
  theme?: Theme;
  name: Localized;
  description: Localized;
}

export interface OptionValueData {
  /** Referenced by the variants of the product that uses the option. */
  code: string;
  /** Fragment of the SKU (e.g. "250" for 250 g, "G" for whole beans). */
  sku: string;
  name: Localized;
  /** Net weight this value stands for, added to the product's packaging weight. */
  grams?: number;
  /** Colour used by the illustration when the value is a colour. */
  swatch?: string;
}

export interface OptionData {
  name: Localized;
  values: readonly OptionValueData[];
}

export interface VariantData {
  /** Codes of the chosen option values, one per option of the product, in the options' order. */
  values: readonly string[];
  /** Price in cents (EUR). */
  price: number;
  /** Former price in cents, shown crossed out when the variant is on sale. */
  compareAt?: number;
  stock: number;
  /** Shipping weight; defaults to the values' net weight plus the product's packaging. */
  grams?: number;
}

/** The silhouette drawn for a product (see images/objects.ts). */
export type Shape =
  | "bag"
  | "tin"
  | "bar"
  | "box"
  | "assortment"
  | "jar"
  | "bottle"
  | "can"
  | "cup"
  | "teapot"
  | "plate"
  | "bowl"
  | "hamper";

export interface ProductData {
  /** Stable identifier (kebab-case ASCII). */
  key: string;
  /** Start of every SKU of the product, e.g. "CAF-COL". */
  sku: string;
  /** Category keys; the first one is the product's home and picks its illustration palette. */
  categories: readonly string[];
  name: Localized;
  /** Markdown, 2 to 4 sentences. */
  description: Localized;
  status?: "DRAFT" | "ARCHIVED";
  featured?: boolean;
  /** ISO date; required for published (ACTIVE or ARCHIVED) products. */
  publishedAt?: string;
  options?: readonly OptionData[];
  variants: readonly VariantData[];
  /** Weight of the packaging (weighed products) or of the whole item, in grams. */
  grams: number;
  shape: Shape;
  /** Main colour of the object in the illustration, when the palette's is not right. */
  tint?: string;
  /** Emblem of the illustrations, when the theme's default does not suit the product. */
  motif?: Motif;
  /** Alternative text of the main image, when "<container> de <name>" reads badly. */
  alt?: Localized;
}
