import type { ImageDto } from "../types";

/** One option value of a variant, with the keys used in URLs ("poids", "250-g"). */
export interface ListingValue {
  optionKey: string;
  optionName: string;
  optionPosition: number;
  valueKey: string;
  valueName: string;
  valuePosition: number;
}

export interface ListingVariant {
  priceAmount: number;
  compareAtAmount: number | null;
  currency: string;
  stock: number;
  values: ListingValue[];
}

/** What a listing needs to know about a product to filter, count, sort and show it. */
export interface ListingProduct {
  id: string;
  name: string;
  slug: string;
  /** Milliseconds since the epoch; 0 when never published. */
  publishedAt: number;
  /** Lowest position among the listed categories: the merchandiser's order. */
  position: number;
  image: ImageDto | null;
  variants: ListingVariant[];
}
