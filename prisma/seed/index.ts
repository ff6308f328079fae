// The demo data: a bilingual catalog for the Comptoir épicerie fine, its selling terms (shipping,
// taxes, store settings, discount codes) and, outside production, a demo owner account. Safe to run
// again: every row is found by a natural key and brought back to the data.
import type { Db } from "@comptoir/db";
import { buildCatalog } from "./catalog";
import { mapWithConcurrency } from "./concurrency";
import { renderProductImage } from "./images";
import { writeCategories } from "./write-categories";
import { writeCommerce } from "./write-commerce";
import { writeDemoStaff } from "./write-demo-staff";
import { writeProduct } from "./write-product";

export { DEMO_STAFF } from "./demo-staff";

/** The Setting written at the end of a successful run. */
export const DEMO_SEED_SETTING = "seed.demo";
/** Raised when the demo data gains something: databases seeded by an older version are seeded again. */
export const DEMO_SEED_VERSION = 2;

export interface SeedOptions {
  /** Creates or repairs the demo owner account (development and tests only). */
  withDemoStaff: boolean;
  /** Receives progress lines; silent when omitted. */
  log?: (line: string) => void;
}

export interface SeedReport {
  categories: number;
  products: number;
  variants: number;
  images: number;
  demoStaff: boolean;
}

/** Products written at the same time: image rendering of one overlaps the queries of another. */
const CONCURRENCY = 4;

export async function seedDemoData(db: Db, options: SeedOptions): Promise<SeedReport> {
  const log = options.log ?? (() => {});
  const catalog = buildCatalog();

  const categoryIds = await writeCategories(db, catalog.categories);
  log(`Categories: ${catalog.categories.length}`);

  let done = 0;
  const step = Math.ceil(catalog.products.length / 4);
  await mapWithConcurrency(catalog.products, CONCURRENCY, async (product) => {
    const images = await Promise.all(product.images.map(renderProductImage));
    await writeProduct(db, product, categoryIds, images);
    done++;
    if (done % step === 0 || done === catalog.products.length) {
      log(`Products: ${done}/${catalog.products.length}`);
    }
  });

  const commerce = await writeCommerce(db);
  log(
    `Shipping rates: ${commerce.shippingRates}, tax rates: ${commerce.taxRates}, ` +
      `discount codes: ${commerce.discountCodes}`,
  );

  if (options.withDemoStaff) {
    const outcome = await writeDemoStaff(db);
    log(`Demo staff: ${outcome}`);
  }

  const value = { version: DEMO_SEED_VERSION, seededAt: new Date().toISOString() };
  await db.setting.upsert({
    where: { key: DEMO_SEED_SETTING },
    create: { key: DEMO_SEED_SETTING, value },
    update: { value },
  });

  return {
    categories: catalog.categories.length,
    products: catalog.products.length,
    variants: catalog.products.reduce((sum, product) => sum + product.variants.length, 0),
    images: catalog.products.reduce((sum, product) => sum + product.images.length, 0),
    demoStaff: options.withDemoStaff,
  };
}

/** Whether the current version of the demo data has been loaded into this database. */
export async function isDemoDataSeeded(db: Db): Promise<boolean> {
  const setting = await db.setting.findUnique({ where: { key: DEMO_SEED_SETTING }, select: { value: true } });
  const version = (setting?.value as { version?: unknown } | null | undefined)?.version;
  return typeof version === "number" && version >= DEMO_SEED_VERSION;
}
