import { useTestDatabase } from "@comptoir/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { countRows } from "./count-rows";
import { seedDemoData } from "./index";
import { LARGE_CATALOG_SETTING, seedLargeCatalog, type LargeCatalogReport } from "./large-catalog";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TARGET = 300;

describe("the large catalog", () => {
  const database = useTestDatabase("large_catalog");
  let demoProducts: number;
  let demoMedia: number;
  let report: LargeCatalogReport;
  let counts: Awaited<ReturnType<typeof countRows>>;
  const lines: string[] = [];

  beforeAll(async () => {
    const demo = await seedDemoData(database.db, { withDemoStaff: false });
    demoProducts = demo.products;
    demoMedia = await database.db.mediaAsset.count();
    report = await seedLargeCatalog(database.db, { products: TARGET, log: (line) => lines.push(line) });
    counts = await countRows(database.db);
  }, 120_000);

  it("adds products until the catalog holds the requested number", async () => {
    expect(report).toEqual({
      before: demoProducts,
      added: TARGET - demoProducts,
      variants: expect.any(Number),
      total: TARGET,
    });
    expect(counts.products).toBe(TARGET);
    const bench = await database.db.product.findMany({
      where: { key: { startsWith: "bench-" } },
      select: { key: true, status: true, publishedAt: true },
      orderBy: { key: "asc" },
    });
    expect(bench).toHaveLength(TARGET - demoProducts);
    expect(bench[0]?.key).toBe("bench-000001");
    expect(bench.at(-1)?.key).toBe(`bench-${String(TARGET - demoProducts).padStart(6, "0")}`);
    for (const product of bench) {
      expect(product.status).toBe("ACTIVE");
      expect(product.publishedAt).toBeInstanceOf(Date);
    }
    expect(lines.at(-1)).toBe(`Large catalog: ${TARGET - demoProducts}/${TARGET - demoProducts} products`);
    const setting = await database.db.setting.findUniqueOrThrow({ where: { key: LARGE_CATALOG_SETTING } });
    expect(setting.value).toMatchObject({ version: 1, products: TARGET });
  });

  it("gives every product a unique slug in each language and every variant a unique SKU", async () => {
    for (const locale of ["fr", "en"] as const) {
      const rows = await database.db.productTranslation.findMany({
        where: { locale },
        select: { slug: true },
      });
      expect(rows).toHaveLength(TARGET);
      expect(new Set(rows.map((row) => row.slug)).size).toBe(TARGET);
      for (const row of rows) expect(row.slug).toMatch(SLUG);
    }
    const skus = await database.db.variant.findMany({ select: { sku: true } });
    expect(new Set(skus.map((row) => row.sku)).size).toBe(counts.variants);
  });

  it("translates, prices, files and illustrates every new product", async () => {
    const products = await database.db.product.findMany({
      where: { key: { startsWith: "bench-" } },
      select: {
        key: true,
        translations: { select: { locale: true, name: true, description: true, seoTitle: true } },
        options: {
          select: { translations: { select: { locale: true } }, values: { select: { id: true } } },
        },
        variants: {
          select: {
            priceAmount: true,
            currency: true,
            stock: true,
            optionValues: { select: { optionValue: { select: { optionId: true } } } },
          },
        },
        categories: { select: { categoryId: true } },
        images: {
          select: {
            mediaId: true,
            translations: { select: { locale: true, alt: true } },
          },
        },
      },
    });
    for (const product of products) {
      expect(product.translations.map((t) => t.locale).sort(), product.key).toEqual(["en", "fr"]);
      for (const translation of product.translations) {
        expect(translation.name).toMatch(/, (lot|modèle|model|édition|edition) \d+$/);
        expect(translation.description.length).toBeGreaterThan(60);
        expect(translation.seoTitle).toBeTruthy();
      }
      expect(product.variants.length).toBeGreaterThanOrEqual(1);
      expect(product.variants.length).toBeLessThanOrEqual(4);
      for (const variant of product.variants) {
        expect(variant.priceAmount).toBeGreaterThan(0);
        expect(variant.currency).toBe("EUR");
        expect(variant.stock).toBeGreaterThanOrEqual(0);
        expect(variant.stock).toBeLessThanOrEqual(120);
        // One value of each of the product's options.
        expect(variant.optionValues).toHaveLength(product.options.length);
        expect(new Set(variant.optionValues.map((link) => link.optionValue.optionId)).size).toBe(
          product.options.length,
        );
      }
      for (const option of product.options) {
        expect(option.translations).toHaveLength(2);
        expect(option.values.length).toBeGreaterThanOrEqual(1);
      }
      expect(product.categories.length).toBeGreaterThanOrEqual(1);
      expect(product.categories.length).toBeLessThanOrEqual(2);
      expect(product.images).toHaveLength(1);
      expect(product.images[0]?.translations.map((t) => t.locale).sort()).toEqual(["en", "fr"]);
    }
    const variants = products.flatMap((product) => product.variants);
    expect(variants.some((variant) => variant.stock === 0)).toBe(true);
    expect(new Set(products.map((product) => product.variants.length)).size).toBeGreaterThan(1);
  });

  it("reuses the demo images instead of drawing new ones", async () => {
    expect(counts.mediaAssets).toBe(demoMedia);
    const demoImages = await database.db.productImage.findMany({
      where: { product: { NOT: { key: { startsWith: "bench-" } } } },
      select: { mediaId: true, product: { select: { categories: { select: { categoryId: true } } } } },
    });
    const benchImages = await database.db.productImage.findMany({
      where: { product: { key: { startsWith: "bench-" } } },
      select: { mediaId: true, product: { select: { categories: { select: { categoryId: true } } } } },
    });
    const demoMediaIds = new Set(demoImages.map((image) => image.mediaId));
    for (const image of benchImages) expect(demoMediaIds.has(image.mediaId)).toBe(true);
  });

  it("spreads the products over every leaf category", async () => {
    const leaves = await database.db.category.findMany({
      where: { children: { none: {} } },
      select: {
        key: true,
        _count: { select: { products: { where: { product: { key: { startsWith: "bench-" } } } } } },
      },
    });
    expect(leaves.length).toBeGreaterThanOrEqual(7);
    for (const leaf of leaves) expect(leaf._count.products, leaf.key).toBeGreaterThanOrEqual(10);
  });

  it("adds nothing when run again", async () => {
    const again = await seedLargeCatalog(database.db, { products: TARGET });
    expect(again).toEqual({ before: TARGET, added: 0, variants: 0, total: TARGET });
    expect(await countRows(database.db)).toEqual(counts);
    const smaller = await seedLargeCatalog(database.db, { products: 100 });
    expect(smaller.added).toBe(0);
  });

  it("continues the numbering when asked for more", async () => {
    const more = await seedLargeCatalog(database.db, { products: TARGET + 20 });
    expect(more).toMatchObject({ before: TARGET, added: 20, total: TARGET + 20 });
    const last = await database.db.product.findFirstOrThrow({
      where: { key: { startsWith: "bench-" } },
      orderBy: { key: "desc" },
      select: { key: true },
    });
    expect(last.key).toBe(`bench-${String(TARGET + 20 - demoProducts).padStart(6, "0")}`);
  });
});
