// The catalog's DTOs: what procedures return and what the client package exposes. Never Prisma types.
import type { Locale } from "@comptoir/validators";
import type { Money } from "../money";

export interface ImageDto {
  /** The full picture (at most 1600 px): product page, Open Graph, JSON-LD. */
  url: string;
  /** Its smaller copies and itself with their widths, for `<img srcset>`. */
  srcSet: string;
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

/** One step of a breadcrumb trail: a category, from the top level down. */
export interface BreadcrumbDto {
  name: string;
  slug: string;
}

export interface ProductDetailDto {
  id: string;
  locale: Locale;
  slug: string;
  name: string;
  /** Markdown source (for editors and the API). */
  description: string;
  /** The description rendered to HTML, with any HTML in the source escaped: safe to insert as is. */
  descriptionHtml: string;
  /** The product's main category, from the top level down. */
  breadcrumbs: BreadcrumbDto[];
  /** Other active products of its categories, in stock first. */
  related: ProductCardDto[];
  seoTitle: string | null;
  seoDescription: string | null;
  images: ImageDto[];
  options: ProductOptionDto[];
  variants: VariantDto[];
  /** The product's slug in every locale that has a translation: drives the language switcher and hreflang. */
  slugs: Partial<Record<Locale, string>>;
  updatedAt: string;
}

export interface CategoryTreeNodeDto {
  id: string;
  name: string;
  slug: string;
  /** Active products in the category and below, each counted once. */
  productCount: number;
  children: CategoryTreeNodeDto[];
}

export interface FacetValueDto {
  /** "<option>:<value>", as passed back in `facets`. */
  key: string;
  name: string;
  /** Products this value would give, with every other filter applied. */
  count: number;
  selected: boolean;
}

export interface CategoryPageDto {
  category: {
    id: string;
    name: string;
    slug: string;
    description: string;
    /** The category's slug in every locale that has a translation. */
    slugs: Partial<Record<Locale, string>>;
    /** Parent categories, from the top level down (the category itself excluded). */
    breadcrumbs: BreadcrumbDto[];
    children: { name: string; slug: string }[];
    updatedAt: string;
  };
  products: Page<ProductCardDto>;
  facets: {
    price: { min: Money; max: Money } | null;
    availableCount: number;
    options: { key: string; name: string; values: FacetValueDto[] }[];
  };
}

export interface SearchResultDto extends Page<ProductCardDto> {
  /** The words actually searched for, after dropping punctuation and symbols. */
  terms: string[];
}

export interface SitemapEntryDto {
  /** Slug per locale (only locales with a translation). */
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
