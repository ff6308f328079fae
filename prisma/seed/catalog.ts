// Turns the hand-written data of seed/data/ into rows ready to write: slugs, SKUs, SEO fields,
// positions, weights and image descriptions are derived here, and the data is checked on the way.
import { CATEGORIES, PRODUCTS } from "./data";
import { patternMotif, type IllustrationSpec } from "./images/compose";
import { randomFrom } from "./images/random";
import { uniqueSlugs } from "./slugify";
import { mainAlt, patternAlt, seoDescriptionOf, seoTitleOf } from "./texts";
import type { CategoryData, Localized, ProductData, Theme } from "./types";

export const LOCALES = ["fr", "en"] as const;
export const CURRENCY = "EUR";
export const MIN_PRICE = 690;
export const MAX_PRICE = 8900;
export const MAX_STOCK = 120;

export interface CategoryPlan {
  key: string;
  parentKey: string | null;
  position: number;
  theme: Theme;
  translations: Localized<{ name: string; slug: string; description: string }>;
}

export interface ProductTranslationPlan {
  name: string;
  slug: string;
  description: string;
  seoTitle: string;
  seoDescription: string;
}

export interface OptionPlan {
  name: Localized;
  values: { code: string; name: Localized }[];
}

export interface VariantPlan {
  sku: string;
  priceAmount: number;
  compareAtAmount: number | null;
  currency: string;
  stock: number;
  weightGrams: number;
  /** One value code per option, in the options' order. */
  values: string[];
}

export interface ImagePlan {
  kind: "scene" | "pattern";
  illustration: IllustrationSpec;
  alt: Localized;
}

export interface ProductPlan {
  key: string;
  status: "DRAFT" | "ACTIVE" | "ARCHIVED";
  featured: boolean;
  publishedAt: Date | null;
  /** Category keys with the product's position in each. */
  categories: { key: string; position: number }[];
  translations: Localized<ProductTranslationPlan>;
  options: OptionPlan[];
  variants: VariantPlan[];
  images: ImagePlan[];
}

export interface Catalog {
  categories: CategoryPlan[];
  products: ProductPlan[];
}

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SKU = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function publishedAt(product: ProductData): Date | null {
  return product.publishedAt ? new Date(`${product.publishedAt}T09:00:00.000Z`) : null;
}

function planCategories(data: readonly CategoryData[], problems: string[]): CategoryPlan[] {
  const byKey = new Map<string, CategoryPlan>();
  const siblings = new Map<string | null, number>();
  const slug = { fr: uniqueSlugs(), en: uniqueSlugs() };
  for (const category of data) {
    if (!KEY.test(category.key)) problems.push(`category key "${category.key}" is not kebab-case ASCII`);
    if (byKey.has(category.key)) problems.push(`category "${category.key}" is listed twice`);
    const parent = category.parent ? byKey.get(category.parent) : undefined;
    if (category.parent && !parent)
      problems.push(`category "${category.key}": parent "${category.parent}" must come first`);
    const theme = category.theme ?? parent?.theme;
    if (!theme) problems.push(`category "${category.key}" has no theme (set one or inherit it)`);
    const parentKey = category.parent ?? null;
    const position = siblings.get(parentKey) ?? 0;
    siblings.set(parentKey, position + 1);
    byKey.set(category.key, {
      key: category.key,
      parentKey,
      position,
      theme: theme ?? "gifts",
      translations: {
        fr: { name: category.name.fr, slug: slug.fr(category.name.fr), description: category.description.fr },
        en: { name: category.name.en, slug: slug.en(category.name.en), description: category.description.en },
      },
    });
  }
  return [...byKey.values()];
}

function planVariants(
  product: ProductData,
  problems: string[],
): { options: OptionPlan[]; variants: VariantPlan[] } {
  const where = `product "${product.key}"`;
  const options = product.options ?? [];
  if (product.variants.length < 1 || product.variants.length > 4)
    problems.push(`${where} needs 1 to 4 variants`);
  const combinations = new Set<string>();
  const variants: VariantPlan[] = product.variants.map((variant) => {
    if (variant.values.length !== options.length) {
      problems.push(`${where}: variant [${variant.values.join(" ")}] must pick one value per option`);
    }
    const values = variant.values.map((code, index) => {
      const value = options[index]?.values.find((candidate) => candidate.code === code);
      if (!value) problems.push(`${where}: no value "${code}" in option ${index + 1}`);
      return value;
    });
    const combination = variant.values.join(" ");
    if (combinations.has(combination)) problems.push(`${where}: variant [${combination}] is listed twice`);
    combinations.add(combination);
    const netGrams = values.reduce((sum, value) => sum + (value?.grams ?? 0), 0);
    if (!Number.isInteger(variant.price) || variant.price < MIN_PRICE || variant.price > MAX_PRICE) {
      problems.push(`${where}: price ${variant.price} is outside ${MIN_PRICE}..${MAX_PRICE} cents`);
    }
    if (variant.compareAt !== undefined && variant.compareAt <= variant.price) {
      problems.push(`${where}: the compare-at price must be above the price`);
    }
    if (!Number.isInteger(variant.stock) || variant.stock < 0 || variant.stock > MAX_STOCK) {
      problems.push(`${where}: stock ${variant.stock} is outside 0..${MAX_STOCK}`);
    }
    return {
      sku: [product.sku, ...values.map((value) => value?.sku ?? "?")].join("-"),
      priceAmount: variant.price,
      compareAtAmount: variant.compareAt ?? null,
      currency: CURRENCY,
      stock: variant.stock,
      weightGrams: variant.grams ?? netGrams + product.grams,
      values: [...variant.values],
    };
  });
  // Only the values some variant uses, in the option's own order.
  const optionPlans = options.map((option, index) => ({
    name: option.name,
    values: option.values
      .filter((value) => product.variants.some((variant) => variant.values[index] === value.code))
      .map((value) => ({ code: value.code, name: value.name })),
  }));
  return { options: optionPlans, variants };
}

function tintOf(product: ProductData): string | undefined {
  if (product.tint) return product.tint;
  const first = product.variants[0];
  const options = product.options ?? [];
  for (const [index, code] of (first?.values ?? []).entries()) {
    const swatch = options[index]?.values.find((value) => value.code === code)?.swatch;
    if (swatch) return swatch;
  }
  return undefined;
}

function planImages(product: ProductData, theme: Theme): ImagePlan[] {
  const tint = tintOf(product);
  const illustration: IllustrationSpec = {
    key: product.key,
    theme,
    shape: product.shape,
    ...(tint ? { tint } : {}),
    ...(product.motif ? { motif: product.motif } : {}),
  };
  const images: ImagePlan[] = [{ kind: "scene", illustration, alt: mainAlt(product) }];
  if (product.featured || randomFrom(`gallery:${product.key}`).chance(0.4)) {
    images.push({ kind: "pattern", illustration, alt: patternAlt(patternMotif(illustration), product.name) });
  }
  return images;
}

/** Builds and checks the whole demo catalog; throws with every problem found. */
export function buildCatalog(
  categoryData: readonly CategoryData[] = CATEGORIES,
  productData: readonly ProductData[] = PRODUCTS,
): Catalog {
  const problems: string[] = [];
  const categories = planCategories(categoryData, problems);
  const categoryByKey = new Map(categories.map((category) => [category.key, category]));
  const filled = new Map<string, number>();
  const productKeys = new Set<string>();
  const skus = new Set<string>();
  const slug = { fr: uniqueSlugs(), en: uniqueSlugs() };

  const products = productData.map((product): ProductPlan => {
    const where = `product "${product.key}"`;
    if (!KEY.test(product.key)) problems.push(`${where}: the key is not kebab-case ASCII`);
    if (productKeys.has(product.key)) problems.push(`${where} is listed twice`);
    productKeys.add(product.key);
    if (!SKU.test(product.sku)) problems.push(`${where}: SKU prefix "${product.sku}" is not upper-case`);
    if (product.categories.length === 0) problems.push(`${where} has no category`);
    if (new Set(product.categories).size !== product.categories.length)
      problems.push(`${where}: a category is repeated`);
    for (const key of product.categories) {
      if (!categoryByKey.has(key)) problems.push(`${where}: unknown category "${key}"`);
    }
    const status = product.status ?? "ACTIVE";
    if (status !== "DRAFT" && !product.publishedAt)
      problems.push(`${where}: a published product needs publishedAt`);
    if (product.publishedAt && !DATE.test(product.publishedAt))
      problems.push(`${where}: publishedAt is not YYYY-MM-DD`);

    const { options, variants } = planVariants(product, problems);
    for (const variant of variants) {
      if (skus.has(variant.sku)) problems.push(`${where}: SKU ${variant.sku} is already used`);
      skus.add(variant.sku);
    }
    const home = categoryByKey.get(product.categories[0] ?? "");
    const translation = (locale: "fr" | "en"): ProductTranslationPlan => ({
      name: product.name[locale],
      slug: slug[locale](product.name[locale]),
      description: product.description[locale],
      seoTitle: seoTitleOf(product.name[locale], home?.translations[locale].name ?? ""),
      seoDescription: seoDescriptionOf(product.description[locale]),
    });
    return {
      key: product.key,
      status,
      featured: product.featured ?? false,
      publishedAt: publishedAt(product),
      categories: product.categories.map((key) => {
        const position = filled.get(key) ?? 0;
        filled.set(key, position + 1);
        return { key, position };
      }),
      translations: { fr: translation("fr"), en: translation("en") },
      options,
      variants,
      images: planImages(product, home?.theme ?? "gifts"),
    };
  });

  if (problems.length > 0) throw new Error(`The demo catalog is inconsistent:\n- ${problems.join("\n- ")}`);
  return { categories, products };
}
