// Turns planned products into flat rows, one array per table, ready for createMany. Ids are made
// here rather than by the database so that children can point at their parents without reading
// anything back between statements.
import { randomBytes } from "node:crypto";
import { LOCALES } from "../catalog";
import type { LargeProductPlan } from "./plan";

type Locale = (typeof LOCALES)[number];

/** Random per process: ids made by two runs never meet. */
const RUN = randomBytes(8).toString("hex");
let counter = 0;

/**
 * A 25-character id in the shape of Prisma's cuid(): "c", 16 hex digits proper to this process and
 * a counter. Cheaper than random bytes per id, which showed in the time of a 10,000-product seed.
 */
export function newId(): string {
  counter++;
  return `c${RUN}${counter.toString(16).padStart(8, "0")}`;
}

export interface Rows {
  products: {
    id: string;
    key: string;
    status: "ACTIVE";
    featured: boolean;
    publishedAt: Date;
  }[];
  productTranslations: {
    id: string;
    productId: string;
    locale: Locale;
    name: string;
    slug: string;
    description: string;
    seoTitle: string;
    seoDescription: string;
  }[];
  productCategories: { productId: string; categoryId: string; position: number }[];
  options: { id: string; productId: string; position: number }[];
  optionTranslations: { id: string; optionId: string; locale: Locale; name: string }[];
  optionValues: { id: string; optionId: string; position: number }[];
  optionValueTranslations: { id: string; valueId: string; locale: Locale; name: string }[];
  variants: {
    id: string;
    productId: string;
    sku: string;
    position: number;
    priceAmount: number;
    compareAtAmount: number | null;
    currency: string;
    stock: number;
    weightGrams: number;
  }[];
  variantOptionValues: { variantId: string; optionValueId: string }[];
  images: { id: string; productId: string; mediaId: string; position: number }[];
  imageTranslations: { id: string; imageId: string; locale: Locale; alt: string }[];
}

/**
 * Rows for `plans`. `nextPosition` hands out each category's next free position, so the new
 * products line up after the ones already filed there.
 */
export function toRows(
  plans: readonly LargeProductPlan[],
  nextPosition: (categoryId: string) => number,
  makeId: () => string = newId,
): Rows {
  const rows: Rows = {
    products: [],
    productTranslations: [],
    productCategories: [],
    options: [],
    optionTranslations: [],
    optionValues: [],
    optionValueTranslations: [],
    variants: [],
    variantOptionValues: [],
    images: [],
    imageTranslations: [],
  };
  for (const plan of plans) {
    const productId = makeId();
    rows.products.push({
      id: productId,
      key: plan.key,
      status: "ACTIVE",
      featured: false,
      publishedAt: plan.publishedAt,
    });
    for (const locale of LOCALES) {
      rows.productTranslations.push({ id: makeId(), productId, locale, ...plan.translations[locale] });
    }
    for (const categoryId of plan.categoryIds) {
      rows.productCategories.push({ productId, categoryId, position: nextPosition(categoryId) });
    }

    // Value ids per option, by value code, for the variants' links.
    const valueIds: Map<string, string>[] = [];
    for (const [position, option] of plan.options.entries()) {
      const optionId = makeId();
      rows.options.push({ id: optionId, productId, position });
      for (const locale of LOCALES) {
        rows.optionTranslations.push({ id: makeId(), optionId, locale, name: option.name[locale] });
      }
      const ids = new Map<string, string>();
      for (const [valuePosition, value] of option.values.entries()) {
        const valueId = makeId();
        ids.set(value.code, valueId);
        rows.optionValues.push({ id: valueId, optionId, position: valuePosition });
        for (const locale of LOCALES) {
          rows.optionValueTranslations.push({ id: makeId(), valueId, locale, name: value.name[locale] });
        }
      }
      valueIds.push(ids);
    }

    for (const [position, variant] of plan.variants.entries()) {
      const variantId = makeId();
      rows.variants.push({
        id: variantId,
        productId,
        sku: variant.sku,
        position,
        priceAmount: variant.priceAmount,
        compareAtAmount: variant.compareAtAmount,
        currency: variant.currency,
        stock: variant.stock,
        weightGrams: variant.weightGrams,
      });
      for (const [index, code] of variant.values.entries()) {
        const optionValueId = valueIds[index]?.get(code);
        if (!optionValueId) throw new Error(`Variant ${variant.sku}: no option value "${code}".`);
        rows.variantOptionValues.push({ variantId, optionValueId });
      }
    }

    const imageId = makeId();
    rows.images.push({ id: imageId, productId, mediaId: plan.image.mediaId, position: 0 });
    for (const locale of LOCALES) {
      rows.imageTranslations.push({ id: makeId(), imageId, locale, alt: plan.image.alt[locale] });
    }
  }
  return rows;
}
