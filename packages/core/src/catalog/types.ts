// The catalog's DTOs: what procedures return and what the client package exposes. Never Prisma types.
import type { Locale } from "@comptoir/validators";
import type { Money } from "../money";

export interface ImageDto {
  url: string;
  alt: string;
  width: number;
  height: number;
}

export interface ProductCardDto {
  id: string;
  slug: string;
  name: string;
  /** The lowest price among the product's variants. */
  price: Money;
  compareAtPrice: Money | null;
  image: ImageDto | null;
  /** At least one variant has stock. */
  available: boolean;
}

export interface ProductOptionDto {
  id: string;
  name: string;
  values: { id: string; name: string }[];
}

export interface VariantDto {
  id: string;
  sku: string;
  /** Option value names joined, e.g. "500 g · Moulu"; the product name when there are no options. */
  title: string;
  optionValueIds: string[];
  price: Money;
  compareAtPrice: Money | null;
  available: boolean;
  stock: number;
}

export interface ProductDetailDto {
  id: string;
  locale: Locale;
  slug: string;
  name: string;
  /** Markdown source; the storefront renders it safely. */
  description: string;
  seoTitle: string | null;
  seoDescription: string | null;
  images: ImageDto[];
  options: ProductOptionDto[];
  variants: VariantDto[];
  /** The product's slug in every locale that has a translation: drives the language switcher and hreflang. */
  slugs: Partial<Record<Locale, string>>;
  updatedAt: string;
}

export interface AdminProductRowDto {
  id: string;
  name: string;
  slug: string | null;
  status: "DRAFT" | "ACTIVE" | "ARCHIVED";
  variantCount: number;
  totalStock: number;
  minPrice: Money | null;
  maxPrice: Money | null;
  image: ImageDto | null;
  updatedAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}
