// The demo data: a bilingual catalog for the Comptoir épicerie fine and, outside production, a demo
// owner account. Safe to run again: every row is found by a natural key and brought back to the data.
import type { Db } from "@comptoir/db";
import { buildCatalog } from "./catalog";
import { mapWithConcurrency } from "./concurrency";
import { renderProductImage } from "./images";
import { writeCategories } from "./write-categories";
import { writeDemoStaff } from "./write-demo-staff";
import { writeProduct } from "./write-product";

export { DEMO_STAFF } from "./demo-staff";

/** The Setting written at the end of a successful run. */
export const DEMO_SEED_SETTING = "seed.demo";
export const DEMO_SEED_VERSION = 1;

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

/** Whether the demo data has been loaded into this database at least once. */
export async function isDemoDataSeeded(db: Db): Promise<boolean> {
  const setting = await db.setting.findUnique({ where: { key: DEMO_SEED_SETTING }, select: { key: true } });
  return setting !== null;
}
