// Small builders for catalog rows in integration tests (any package). Defaults are valid and unique.
import { createHash, randomUUID } from "node:crypto";
import type { Db, ProductStatus } from "@comptoir/db";

export interface TestVariant {
  sku?: string;
  priceAmount?: number;
  compareAtAmount?: number | null;
  currency?: string;
  stock?: number;
}

export interface TestProduct {
  key?: string;
  status?: ProductStatus;
  featured?: boolean;
  publishedAt?: Date;
  fr?: { name: string; slug: string; description?: string } | null;
  en?: { name: string; slug: string; description?: string } | null;
  variants?: TestVariant[];
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
    select: { id: true, key: true },
  });
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
  return product;
}
