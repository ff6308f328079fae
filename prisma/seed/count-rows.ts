// For the seed's tests: the row count of every table a seed writes, to prove a second run adds nothing.
import type { Db } from "@comptoir/db";

/** Row counts of every table the seed writes. */
export async function countRows(db: Db) {
  const counts = {
    categories: db.category.count(),
    categoryTranslations: db.categoryTranslation.count(),
    products: db.product.count(),
    productTranslations: db.productTranslation.count(),
    productCategories: db.productCategory.count(),
    options: db.productOption.count(),
    optionTranslations: db.productOptionTranslation.count(),
    optionValues: db.productOptionValue.count(),
    optionValueTranslations: db.productOptionValueTranslation.count(),
    variants: db.variant.count(),
    variantOptionValues: db.variantOptionValue.count(),
    mediaAssets: db.mediaAsset.count(),
    mediaRenditions: db.mediaRendition.count(),
    productImages: db.productImage.count(),
    productImageTranslations: db.productImageTranslation.count(),
    users: db.user.count(),
    settings: db.setting.count(),
    shippingZones: db.shippingZone.count(),
    shippingRates: db.shippingRate.count(),
    shippingRateTranslations: db.shippingRateTranslation.count(),
    taxRates: db.taxRate.count(),
    discountCodes: db.discountCode.count(),
  };
  const entries = await Promise.all(
    Object.entries(counts).map(async ([table, count]) => [table, await count] as const),
  );
  return Object.fromEntries(entries) as { [Table in keyof typeof counts]: number };
}
