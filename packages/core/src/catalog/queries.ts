// Prisma selects for the catalog, explicit so that no column is read by accident (descriptions,
// image bytes) and each page costs a known, small number of queries.
import type { Prisma } from "@comptoir/db";
import type { Locale } from "@comptoir/validators";
import { mediaRefSelect } from "../media/media-select";

/** One picture of a product as pages show it: the file's name, size and copies, its alt text. */
export const imageSelect = (locale: Locale) =>
  ({
    media: { select: mediaRefSelect },
    translations: { where: { locale }, select: { alt: true } },
  }) satisfies Prisma.ProductImageSelect;

export const productCardSelect = (locale: Locale) =>
  ({
    id: true,
    translations: { where: { locale }, select: { name: true, slug: true } },
    variants: {
      orderBy: { position: "asc" },
      select: { priceAmount: true, compareAtAmount: true, currency: true, stock: true },
    },
    images: { orderBy: { position: "asc" }, take: 1, select: imageSelect(locale) },
  }) satisfies Prisma.ProductSelect;

export const productDetailSelect = (locale: Locale) =>
  ({
    id: true,
    updatedAt: true,
    translations: {
      select: {
        locale: true,
        name: true,
        slug: true,
        description: true,
        seoTitle: true,
        seoDescription: true,
      },
    },
    images: { orderBy: { position: "asc" }, select: imageSelect(locale) },
    options: {
      orderBy: { position: "asc" },
      select: {
        id: true,
        translations: { where: { locale }, select: { name: true } },
        values: {
          orderBy: { position: "asc" },
          select: { id: true, translations: { where: { locale }, select: { name: true } } },
        },
      },
    },
    categories: { select: { categoryId: true } },
    variants: {
      orderBy: { position: "asc" },
      select: {
        id: true,
        sku: true,
        priceAmount: true,
        compareAtAmount: true,
        currency: true,
        stock: true,
        optionValues: { select: { optionValueId: true } },
      },
    },
  }) satisfies Prisma.ProductSelect;

export const adminProductRowSelect = (locale: Locale) =>
  ({
    id: true,
    key: true,
    status: true,
    updatedAt: true,
    translations: { select: { locale: true, name: true, slug: true } },
    variants: { select: { priceAmount: true, currency: true, stock: true } },
    images: { orderBy: { position: "asc" }, take: 1, select: imageSelect(locale) },
  }) satisfies Prisma.ProductSelect;

export type ProductCardRow = Prisma.ProductGetPayload<{ select: ReturnType<typeof productCardSelect> }>;
export type ProductDetailRow = Prisma.ProductGetPayload<{ select: ReturnType<typeof productDetailSelect> }>;
export type AdminProductRow = Prisma.ProductGetPayload<{ select: ReturnType<typeof adminProductRowSelect> }>;
export type ImageRow = Prisma.ProductImageGetPayload<{ select: ReturnType<typeof imageSelect> }>;
