// A large catalog for benchmarks: synthetic but plausible products added on top of the demo data
// until the catalog holds a given number of products. Run after the demo seed, whose categories,
// option names and images it reuses (no image is drawn: 10,000 renders would take minutes).
// Safe to run again: products are keyed bench-000001, bench-000002...; existing ones are skipped.
import type { Db, Prisma } from "@comptoir/db";
import {
  benchKey,
  BENCH_KEY_PREFIX,
  createPlanner,
  type LargeProductPlan,
  type PlannerCategory,
} from "./large/plan";
import { toRows, type Rows } from "./large/rows";

/** The Setting written at the end of a run that added products. */
export const LARGE_CATALOG_SETTING = "seed.large";
export const LARGE_CATALOG_VERSION = 1;

/** Products written per transaction: a few thousand rows per statement, well under PostgreSQL's limits. */
const BATCH_SIZE = 500;

export interface LargeCatalogOptions {
  /** The number of products the catalog should hold at least, demo products included. */
  products: number;
  /** Receives progress lines; silent when omitted. */
  log?: (line: string) => void;
}

export interface LargeCatalogReport {
  /** Products in the catalog before the run. */
  before: number;
  added: number;
  /** Variants of the added products. */
  variants: number;
  /** Products in the catalog after the run. */
  total: number;
}

export async function seedLargeCatalog(db: Db, options: LargeCatalogOptions): Promise<LargeCatalogReport> {
  const log = options.log ?? (() => {});
  if (!Number.isInteger(options.products) || options.products < 0) {
    throw new Error(`The large catalog needs a whole number of products (got ${options.products}).`);
  }
  const before = await db.product.count();
  const missing = options.products - before;
  if (missing <= 0) {
    log(`Large catalog: ${before} products already, nothing to add.`);
    return { before, added: 0, variants: 0, total: before };
  }

  const [categories, existingKeys, slugs, positions] = await Promise.all([
    readCategories(db),
    db.product.findMany({ where: { key: { startsWith: BENCH_KEY_PREFIX } }, select: { key: true } }),
    db.productTranslation.findMany({ select: { locale: true, slug: true } }),
    db.productCategory.groupBy({ by: ["categoryId"], _max: { position: true } }),
  ]);
  const taken = { fr: new Set<string>(), en: new Set<string>() };
  for (const { locale, slug } of slugs) taken[locale].add(slug);
  const planner = createPlanner(categories, taken);

  // Numbers already in the database (an interrupted run, or a smaller catalog seeded earlier) are
  // skipped: the next free numbers fill the gap.
  const existing = new Set(existingKeys.map((row) => row.key));
  const plans: LargeProductPlan[] = [];
  for (let number = 1; plans.length < missing; number++) {
    if (!existing.has(benchKey(number))) plans.push(planner.plan(number));
  }

  const next = new Map(positions.map((row) => [row.categoryId, (row._max.position ?? -1) + 1]));
  const nextPosition = (categoryId: string) => {
    const position = next.get(categoryId) ?? 0;
    next.set(categoryId, position + 1);
    return position;
  };

  let added = 0;
  let variants = 0;
  for (let start = 0; start < plans.length; start += BATCH_SIZE) {
    const rows = toRows(plans.slice(start, start + BATCH_SIZE), nextPosition);
    await writeRows(db, rows);
    added += rows.products.length;
    variants += rows.variants.length;
    log(`Large catalog: ${added}/${plans.length} products`);
  }

  const total = before + added;
  const value = { version: LARGE_CATALOG_VERSION, products: total, seededAt: new Date().toISOString() };
  await db.setting.upsert({
    where: { key: LARGE_CATALOG_SETTING },
    create: { key: LARGE_CATALOG_SETTING, value },
    update: { value },
  });
  return { before, added, variants, total };
}

/** Categories with their names and the images of the demo products filed in them. */
async function readCategories(db: Db): Promise<PlannerCategory[]> {
  const [categories, images] = await Promise.all([
    db.category.findMany({
      orderBy: { key: "asc" },
      select: {
        id: true,
        key: true,
        parent: { select: { key: true } },
        _count: { select: { children: true } },
        translations: { select: { locale: true, name: true } },
      },
    }),
    db.productImage.findMany({
      where: { position: 0, product: { NOT: { key: { startsWith: BENCH_KEY_PREFIX } } } },
      orderBy: { mediaId: "asc" },
      select: { mediaId: true, product: { select: { categories: { select: { categoryId: true } } } } },
    }),
  ]);
  const media = new Map<string, Set<string>>();
  for (const image of images) {
    for (const { categoryId } of image.product.categories) {
      const set = media.get(categoryId) ?? new Set<string>();
      set.add(image.mediaId);
      media.set(categoryId, set);
    }
  }
  return categories.map((category) => {
    const name = (locale: "fr" | "en") =>
      category.translations.find((translation) => translation.locale === locale)?.name ?? category.key;
    return {
      id: category.id,
      key: category.key,
      parentKey: category.parent?.key ?? null,
      leaf: category._count.children === 0,
      name: { fr: name("fr"), en: name("en") },
      mediaIds: [...(media.get(category.id) ?? [])],
    };
  });
}

/** One transaction per batch: a batch is either fully written or absent. */
async function writeRows(db: Db, rows: Rows): Promise<void> {
  await db.$transaction(
    async (tx: Prisma.TransactionClient) => {
      // Parents before children: the foreign keys are checked statement by statement.
      await tx.product.createMany({ data: rows.products });
      await tx.productTranslation.createMany({ data: rows.productTranslations });
      await tx.productCategory.createMany({ data: rows.productCategories });
      await tx.productOption.createMany({ data: rows.options });
      await tx.productOptionTranslation.createMany({ data: rows.optionTranslations });
      await tx.productOptionValue.createMany({ data: rows.optionValues });
      await tx.productOptionValueTranslation.createMany({ data: rows.optionValueTranslations });
      await tx.variant.createMany({ data: rows.variants });
      await tx.variantOptionValue.createMany({ data: rows.variantOptionValues });
      await tx.productImage.createMany({ data: rows.images });
      await tx.productImageTranslation.createMany({ data: rows.imageTranslations });
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}
