// Row -> DTO mappers. Pure functions, unit-tested without a database.
import type { Locale } from "@comptoir/validators";
import { mediaPath, mediaSrcSet } from "../media/media-path";
import type { Money } from "../money";
import type { AdminProductRow, ImageRow, ProductCardRow, ProductDetailRow } from "./queries";
import type { AdminProductRowDto, ImageDto, ProductCardDto, ProductDetailDto } from "./types";

/** What the product row alone gives; getProductBySlug adds the rendered description, trail and related products. */
export type ProductDetailBase = Omit<ProductDetailDto, "descriptionHtml" | "breadcrumbs" | "related">;

export function toImageDto(image: ImageRow, fallbackAlt: string): ImageDto {
  return {
    url: mediaPath(image.media.checksum, image.media.mimeType),
    srcSet: mediaSrcSet(image.media, image.media.renditions),
    alt: image.translations[0]?.alt ?? fallbackAlt,
    width: image.media.width,
    height: image.media.height,
  };
}

interface PricedVariant {
  priceAmount: number;
  compareAtAmount?: number | null;
  currency: string;
  stock: number;
}

/** The cheapest variant, preferring one in stock, so a card never advertises a price one cannot buy. */
export function cheapestVariant<T extends PricedVariant>(variants: readonly T[]): T | undefined {
  const inStock = variants.filter((variant) => variant.stock > 0);
  const pool = inStock.length > 0 ? inStock : variants;
  return pool.reduce<T | undefined>(
    (best, variant) => (!best || variant.priceAmount < best.priceAmount ? variant : best),
    undefined,
  );
}

function money(amount: number, currency: string): Money {
  return { amount, currency };
}

/** A compare-at price is only worth showing when it is above the price. */
function compareAt(variant: PricedVariant): Money | null {
  return variant.compareAtAmount && variant.compareAtAmount > variant.priceAmount
    ? money(variant.compareAtAmount, variant.currency)
    : null;
}

export function toProductCard(row: ProductCardRow): ProductCardDto | null {
  const translation = row.translations[0];
  const variant = cheapestVariant(row.variants);
  if (!translation || !variant) return null;
  const image = row.images[0];
  return {
    id: row.id,
    slug: translation.slug,
    name: translation.name,
    price: money(variant.priceAmount, variant.currency),
    compareAtPrice: compareAt(variant),
    image: image ? toImageDto(image, translation.name) : null,
    available: row.variants.some((candidate) => candidate.stock > 0),
  };
}

export function toProductDetail(row: ProductDetailRow, locale: Locale): ProductDetailBase | null {
  const translation = row.translations.find((candidate) => candidate.locale === locale);
  if (!translation) return null;
  const valueNames = new Map<string, string>();
  const options = row.options.map((option) => ({
    id: option.id,
    name: option.translations[0]?.name ?? "",
    values: option.values.map((value) => {
      const name = value.translations[0]?.name ?? "";
      valueNames.set(value.id, name);
      return { id: value.id, name };
    }),
  }));
  return {
    id: row.id,
    locale,
    slug: translation.slug,
    name: translation.name,
    description: translation.description,
    seoTitle: translation.seoTitle,
    seoDescription: translation.seoDescription,
    images: row.images.map((image) => toImageDto(image, translation.name)),
    options,
    variants: row.variants.map((variant) => {
      const optionValueIds = variant.optionValues.map((link) => link.optionValueId);
      const title = optionValueIds
        .map((id) => valueNames.get(id))
        .filter(Boolean)
        .join(" · ");
      return {
        id: variant.id,
        sku: variant.sku,
        title: title || translation.name,
        optionValueIds,
        price: money(variant.priceAmount, variant.currency),
        compareAtPrice: compareAt(variant),
        available: variant.stock > 0,
        stock: variant.stock,
      };
    }),
    slugs: Object.fromEntries(row.translations.map((candidate) => [candidate.locale, candidate.slug])),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toAdminProductRow(row: AdminProductRow, locale: Locale): AdminProductRowDto {
  const translation =
    row.translations.find((candidate) => candidate.locale === locale) ?? row.translations[0];
  const prices = row.variants.map((variant) => variant.priceAmount);
  const currency = row.variants[0]?.currency;
  const image = row.images[0];
  return {
    id: row.id,
    name: translation?.name ?? row.key,
    slug: translation?.slug ?? null,
    status: row.status,
    variantCount: row.variants.length,
    totalStock: row.variants.reduce((sum, variant) => sum + variant.stock, 0),
    minPrice: currency && prices.length ? money(Math.min(...prices), currency) : null,
    maxPrice: currency && prices.length ? money(Math.max(...prices), currency) : null,
    image: image ? toImageDto(image, translation?.name ?? row.key) : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
