import { storeMedia } from "@comptoir/core/media";
import type { Db, Prisma } from "@comptoir/db";
import { LOCALES, type ProductPlan } from "./catalog";
import type { EncodedImage } from "./images";

type Tx = Prisma.TransactionClient;

/**
 * Writes one product and everything hanging from it in a single transaction, so that a product is
 * either fully seeded or untouched. Running it again with the same plan leaves the same rows:
 * rows with a natural key are upserted, options and image links are replaced.
 */
export async function writeProduct(
  db: Db,
  plan: ProductPlan,
  categoryIds: ReadonlyMap<string, string>,
  images: readonly EncodedImage[],
): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const fields = { status: plan.status, featured: plan.featured, publishedAt: plan.publishedAt };
      const { id: productId } = await tx.product.upsert({
        where: { key: plan.key },
        create: { key: plan.key, ...fields },
        update: fields,
        select: { id: true },
      });
      for (const locale of LOCALES) {
        const translation = plan.translations[locale];
        await tx.productTranslation.upsert({
          where: { productId_locale: { productId, locale } },
          create: { productId, locale, ...translation },
          update: translation,
        });
      }
      await linkCategories(tx, productId, plan, categoryIds);
      const valueIds = await replaceOptions(tx, productId, plan);
      await writeVariants(tx, productId, plan, valueIds);
      await replaceImages(tx, productId, plan, images);
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}

async function linkCategories(
  tx: Tx,
  productId: string,
  plan: ProductPlan,
  categoryIds: ReadonlyMap<string, string>,
) {
  const links = plan.categories.map(({ key, position }) => {
    const categoryId = categoryIds.get(key);
    if (!categoryId) throw new Error(`Product "${plan.key}": category "${key}" was not seeded.`);
    return { categoryId, position };
  });
  await tx.productCategory.deleteMany({
    where: { productId, categoryId: { notIn: links.map((link) => link.categoryId) } },
  });
  for (const { categoryId, position } of links) {
    await tx.productCategory.upsert({
      where: { productId_categoryId: { productId, categoryId } },
      create: { productId, categoryId, position },
      update: { position },
    });
  }
}

/**
 * Recreates the product's options (deleting them cascades to the variants' links).
 * Returns, per option, the new value ids by value code.
 */
async function replaceOptions(tx: Tx, productId: string, plan: ProductPlan): Promise<Map<string, string>[]> {
  await tx.productOption.deleteMany({ where: { productId } });
  const valueIds: Map<string, string>[] = [];
  for (const [position, option] of plan.options.entries()) {
    const created = await tx.productOption.create({
      data: {
        productId,
        position,
        translations: { create: LOCALES.map((locale) => ({ locale, name: option.name[locale] })) },
        values: {
          create: option.values.map((value, valuePosition) => ({
            position: valuePosition,
            translations: { create: LOCALES.map((locale) => ({ locale, name: value.name[locale] })) },
          })),
        },
      },
      select: { values: { orderBy: { position: "asc" }, select: { id: true } } },
    });
    valueIds.push(
      new Map(option.values.map((value, index) => [value.code, created.values[index]?.id ?? ""])),
    );
  }
  return valueIds;
}

async function writeVariants(tx: Tx, productId: string, plan: ProductPlan, valueIds: Map<string, string>[]) {
  await tx.variant.deleteMany({
    where: { productId, sku: { notIn: plan.variants.map((variant) => variant.sku) } },
  });
  for (const [position, variant] of plan.variants.entries()) {
    const fields = {
      productId,
      position,
      priceAmount: variant.priceAmount,
      compareAtAmount: variant.compareAtAmount,
      currency: variant.currency,
      stock: variant.stock,
      weightGrams: variant.weightGrams,
    };
    const { id: variantId } = await tx.variant.upsert({
      where: { sku: variant.sku },
      create: { sku: variant.sku, ...fields },
      update: fields,
      select: { id: true },
    });
    const links = variant.values.map((code, index) => {
      const optionValueId = valueIds[index]?.get(code);
      if (!optionValueId) throw new Error(`Variant ${variant.sku}: no option value "${code}".`);
      return { variantId, optionValueId };
    });
    if (links.length > 0) await tx.variantOptionValue.createMany({ data: links });
  }
}

/** Relinks the product's images; media that only this product used and no longer uses are removed. */
async function replaceImages(tx: Tx, productId: string, plan: ProductPlan, images: readonly EncodedImage[]) {
  const previous = await tx.productImage.findMany({ where: { productId }, select: { mediaId: true } });
  await tx.productImage.deleteMany({ where: { productId } });
  const kept = new Set<string>();
  for (const [position, image] of plan.images.entries()) {
    const encoded = images[position];
    if (!encoded) throw new Error(`Product "${plan.key}": image ${position + 1} was not rendered.`);
    const media = await storeMedia(tx, encoded);
    kept.add(media.id);
    await tx.productImage.create({
      data: {
        productId,
        mediaId: media.id,
        position,
        translations: { create: LOCALES.map((locale) => ({ locale, alt: image.alt[locale] })) },
      },
    });
  }
  const dropped = previous.map((image) => image.mediaId).filter((id) => !kept.has(id));
  if (dropped.length > 0) {
    await tx.mediaAsset.deleteMany({ where: { id: { in: dropped }, images: { none: {} } } });
  }
}
