// Plans the synthetic products of the large catalog in memory, without touching the database: one
// product per number, the same number always giving the same product (names, variants, prices), so
// that a run interrupted half-way and started again fills the same gaps with the same rows.
import { CURRENCY, MAX_STOCK } from "../catalog";
import { randomFrom, type Random } from "../images/random";
import { slugify } from "../slugify";
import { seoDescriptionOf, seoTitleOf } from "../texts";
import type { Localized } from "../types";
import { FALLBACK_FAMILIES, FAMILIES_BY_CATEGORY, type Family, type FamilyOption } from "./families";

export const BENCH_KEY_PREFIX = "bench-";

/** "bench-000123": sorts in creation order and stays readable in the admin. */
export function benchKey(number: number): string {
  return `${BENCH_KEY_PREFIX}${String(number).padStart(6, "0")}`;
}

/** A category as the planner sees it, read from the database. */
export interface PlannerCategory {
  id: string;
  key: string;
  parentKey: string | null;
  /** Whether no other category has this one as parent. */
  leaf: boolean;
  name: Localized;
  /** Media of the demo products filed in this category, to reuse as images. */
  mediaIds: readonly string[];
}

export interface LargeVariantPlan {
  sku: string;
  priceAmount: number;
  compareAtAmount: number | null;
  currency: string;
  stock: number;
  weightGrams: number;
  /** One value code per option, in the options' order. */
  values: string[];
}

export interface LargeProductPlan {
  key: string;
  number: number;
  publishedAt: Date;
  /** Category ids; the first one is the product's home. */
  categoryIds: string[];
  translations: Localized<{
    name: string;
    slug: string;
    description: string;
    seoTitle: string;
    seoDescription: string;
  }>;
  options: { name: Localized; values: { code: string; name: Localized }[] }[];
  variants: LargeVariantPlan[];
  image: { mediaId: string; alt: Localized };
}

export interface Planner {
  /** The product numbered `number`, with slugs that no other product takes. */
  plan(number: number): LargeProductPlan;
}

/** Days between the earliest and the latest publication dates handed out. */
const FIRST_PUBLICATION = Date.UTC(2023, 0, 2, 9);
const PUBLICATION_DAYS = 3 * 365;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Rounds a price to a shop-like figure: 12.90, 24.90... */
function shopPrice(cents: number): number {
  return Math.max(190, Math.round(cents / 100) * 100 - 10);
}

/** How much a value costs relative to the smallest one the family sells. */
function priceFactor(option: FamilyOption, code: string): number {
  const value = option.option.values.find((candidate) => candidate.code === code);
  if (value?.grams !== undefined) {
    const smallest = Math.min(
      ...option.codes.map(
        (candidate) => option.option.values.find((other) => other.code === candidate)?.grams ?? Infinity,
      ),
    );
    // Bigger packs cost less per gram, as in the demo (250 g 12.90, 1 kg 44.90).
    return (value.grams / smallest) ** 0.88;
  }
  if (code === "three") return 2.8;
  if (code === "large") return 1.6;
  return 1;
}

/** Every combination of the options' allowed values, in the options' order. */
function combinations(options: readonly FamilyOption[]): string[][] {
  return options.reduce<string[][]>(
    (combos, option) => combos.flatMap((combo) => option.codes.map((code) => [...combo, code])),
    [[]],
  );
}

/** `count` distinct items of `items`, keeping their order. */
function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const indexes = items.map((_, index) => index);
  for (let i = indexes.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [indexes[i], indexes[j]] = [indexes[j] as number, indexes[i] as number];
  }
  return indexes
    .slice(0, count)
    .sort((a, b) => a - b)
    .map((index) => items[index] as T);
}

function planVariants(random: Random, family: Family, number: number) {
  const all = combinations(family.options);
  const count = random.int(1, Math.min(4, all.length));
  const chosen = sample(random, all, count);
  const base = random.between(family.price[0], family.price[1]);
  const onSale = random.chance(0.08);
  const variants = chosen.map((values): LargeVariantPlan => {
    const factor = values.reduce(
      (product, code, index) => product * priceFactor(family.options[index] as FamilyOption, code),
      1,
    );
    const priceAmount = shopPrice(base * factor);
    const grams = values.reduce((sum, code, index) => {
      const value = family.options[index]?.option.values.find((candidate) => candidate.code === code);
      return sum + (value?.grams ?? 0);
    }, family.grams);
    const skuParts = values.map((code, index) => {
      const value = family.options[index]?.option.values.find((candidate) => candidate.code === code);
      return value?.sku ?? code.toUpperCase();
    });
    return {
      sku: ["BEN", String(number).padStart(6, "0"), ...skuParts].join("-"),
      priceAmount,
      compareAtAmount: onSale ? shopPrice(priceAmount * 1.2) : null,
      currency: CURRENCY,
      stock: random.chance(0.12) ? 0 : random.int(1, MAX_STOCK),
      weightGrams: grams,
      values,
    };
  });
  // Only the values some variant uses, in the option's own order (as the demo seed does).
  const options = family.options.map((option, index) => ({
    name: option.option.name,
    values: option.option.values
      .filter((value) => chosen.some((combo) => combo[index] === value.code))
      .map((value) => ({ code: value.code, name: value.name })),
  }));
  return { options, variants };
}

/**
 * A planner over the given categories. `takenSlugs` holds the slugs already used per locale; the
 * planner adds the ones it hands out, so that every slug stays unique within its locale.
 */
export function createPlanner(
  categories: readonly PlannerCategory[],
  takenSlugs: Localized<Set<string>>,
): Planner {
  const byKey = new Map(categories.map((category) => [category.key, category]));
  // Products are dealt to the leaves in turn, so every leaf gets its share.
  const leaves = categories.filter((category) => category.leaf).sort((a, b) => a.key.localeCompare(b.key));
  if (leaves.length === 0) throw new Error("The large catalog needs the demo categories: seed them first.");
  const anyMedia = categories.flatMap((category) => category.mediaIds);
  if (anyMedia.length === 0) throw new Error("The large catalog reuses the demo images: seed them first.");

  const rootOf = (category: PlannerCategory): PlannerCategory => {
    let current = category;
    for (
      let parent = byKey.get(current.parentKey ?? "");
      parent;
      parent = byKey.get(parent.parentKey ?? "")
    ) {
      current = parent;
    }
    return current;
  };
  const familiesOf = (category: PlannerCategory): readonly Family[] =>
    FAMILIES_BY_CATEGORY[category.key] ?? FAMILIES_BY_CATEGORY[rootOf(category).key] ?? FALLBACK_FAMILIES;
  const mediaOf = (category: PlannerCategory): readonly string[] => {
    if (category.mediaIds.length > 0) return category.mediaIds;
    const root = rootOf(category);
    const family = categories.filter((other) => other === root || rootOf(other) === root);
    const related = family.flatMap((other) => other.mediaIds);
    return related.length > 0 ? related : anyMedia;
  };
  const uniqueSlug = (taken: Set<string>, text: string): string => {
    const base = slugify(text) || "produit";
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  };

  return {
    plan(number) {
      const random = randomFrom(`large-catalog:${number}`);
      const home = leaves[(number - 1) % leaves.length] as PlannerCategory;
      const family = random.pick(familiesOf(home));
      const words = family.compose(random);

      // A second category for about a third of the products: mostly the top-level parent (so that
      // it lists products of its own) or a sibling leaf, now and then the gift boxes, as in the demo.
      const categoryIds = [home.id];
      const root = rootOf(home);
      const gifts = byKey.get("coffrets-cadeaux");
      const related = [root, ...leaves.filter((leaf) => rootOf(leaf) === root)].filter(
        (other) => other !== home,
      );
      if (related.length > 0 && random.chance(0.3)) categoryIds.push(random.pick(related).id);
      else if (gifts && gifts !== home && random.chance(0.05)) categoryIds.push(gifts.id);

      const translation = (locale: "fr" | "en") => {
        const name = `${capitalize(words.name[locale])}, ${family.series[locale]} ${number}`;
        const description = words.description[locale];
        return {
          name,
          slug: uniqueSlug(takenSlugs[locale], name),
          description,
          seoTitle: seoTitleOf(name, home.name[locale]),
          seoDescription: seoDescriptionOf(description),
        };
      };
      const translations = { fr: translation("fr"), en: translation("en") };
      const { options, variants } = planVariants(random, family, number);
      const day = random.int(0, PUBLICATION_DAYS - 1);

      return {
        key: benchKey(number),
        number,
        publishedAt: new Date(FIRST_PUBLICATION + day * 86_400_000),
        categoryIds,
        translations,
        options,
        variants,
        image: {
          mediaId: random.pick(mediaOf(home)),
          alt: { fr: translations.fr.name, en: translations.en.name },
        },
      };
    },
  };
}
