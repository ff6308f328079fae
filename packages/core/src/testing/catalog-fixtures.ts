// Small builders for catalog rows in integration tests (any package). Defaults are valid and unique.
import { createHash, randomUUID } from "node:crypto";
import type { Db, ProductStatus } from "@comptoir/db";

export interface TestVariant {
  sku?: string;
  priceAmount?: number;
  compareAtAmount?: number | null;
  currency?: string;
  stock?: number;
  /** For each option of the product, the index of this variant's value. */
  values?: number[];
}

interface Bilingual {
  fr: string;
  en: string;
}

export interface TestOption extends Bilingual {
  values: Bilingual[];
}

export interface TestProduct {
  key?: string;
  status?: ProductStatus;
  featured?: boolean;
  publishedAt?: Date;
  fr?: { name: string; slug: string; description?: string } | null;
  en?: { name: string; slug: string; description?: string } | null;
  variants?: TestVariant[];
  options?: TestOption[];
  categories?: { id: string; position?: number }[];
  /** Adds one 1×1 WebP-labelled image with alt text in both locales. */
  withImage?: boolean;
}

export async function createTestProduct(db: Db, input: TestProduct = {}) {
  const id = randomUUID().slice(0, 8);
  const fr = input.fr === undefined ? { name: `Produit ${id}`, slug: `produit-${id}` } : input.fr;
  const en = input.en === undefined ? { name: `Product ${id}`, slug: `product-${id}` } : input.en;
  const translations = [
    ...(fr ? [{ locale: "fr" as const, ...fr }] : []),
    ...(en ? [{ locale: "en" as const, ...en }] : []),
  ];
  const variants = input.variants ?? [{}];
  const product = await db.product.create({
    data: {
      key: input.key ?? `test-${id}`,
      status: input.status ?? "ACTIVE",
      featured: input.featured ?? false,
      publishedAt: input.publishedAt ?? new Date(),
      translations: { create: translations },
      categories: {
        create: (input.categories ?? []).map((category) => ({
          categoryId: category.id,
          position: category.position ?? 0,
        })),
      },
      variants: {
        create: variants.map((variant, position) => ({
          sku: variant.sku ?? `SKU-${id}-${position}`,
          position,
          priceAmount: variant.priceAmount ?? 1000,
          compareAtAmount: variant.compareAtAmount ?? null,
          currency: variant.currency ?? "EUR",
          stock: variant.stock ?? 10,
        })),
      },
    },
    select: { id: true, key: true, variants: { orderBy: { position: "asc" }, select: { id: true } } },
  });
  if (input.options?.length) await addOptions(db, product.id, input.options, variants, product.variants);
  if (input.withImage) {
    const bytes = Buffer.from(`image-${id}`);
    const checksum = createHash("sha256").update(bytes).digest("hex");
    const media = await db.mediaAsset.create({
      data: { checksum, mimeType: "image/webp", width: 1, height: 1, byteSize: bytes.length, data: bytes },
    });
    await db.productImage.create({
      data: {
        productId: product.id,
        mediaId: media.id,
        translations: {
          create: [
            { locale: "fr", alt: `Photo ${id}` },
            { locale: "en", alt: `Picture ${id}` },
          ],
        },
      },
    });
  }
  return { id: product.id, key: product.key, variantIds: product.variants.map((variant) => variant.id) };
}

async function addOptions(
  db: Db,
  productId: string,
  options: TestOption[],
  variants: TestVariant[],
  rows: { id: string }[],
) {
  for (const [optionIndex, option] of options.entries()) {
    const created = await db.productOption.create({
      data: {
        productId,
        position: optionIndex,
        translations: {
          create: [
            { locale: "fr", name: option.fr },
            { locale: "en", name: option.en },
          ],
        },
        values: {
          create: option.values.map((value, position) => ({
            position,
            translations: {
              create: [
                { locale: "fr", name: value.fr },
                { locale: "en", name: value.en },
              ],
            },
          })),
        },
      },
      select: { values: { orderBy: { position: "asc" }, select: { id: true } } },
    });
    const links = variants.flatMap((variant, variantIndex) => {
      const valueIndex = variant.values?.[optionIndex];
      const valueId = valueIndex === undefined ? undefined : created.values[valueIndex]?.id;
      const variantId = rows[variantIndex]?.id;
      return valueId && variantId ? [{ variantId, optionValueId: valueId }] : [];
    });
    await db.variantOptionValue.createMany({ data: links });
  }
}

export async function createTestCategory(
  db: Db,
  input: {
    parentId?: string;
    position?: number;
    fr: { name: string; slug: string; description?: string };
    en?: { name: string; slug: string; description?: string } | null;
  },
) {
  const translations = [
    { locale: "fr" as const, ...input.fr },
    ...(input.en ? [{ locale: "en" as const, ...input.en }] : []),
  ];
  return db.category.create({
    data: {
      key: `test-category-${randomUUID().slice(0, 8)}`,
      parentId: input.parentId ?? null,
      position: input.position ?? 0,
      translations: { create: translations },
    },
    select: { id: true },
  });
}
