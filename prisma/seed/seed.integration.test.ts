import { createHash } from "node:crypto";
import { checkSecondFactor, currentTotpCode, verifyPassword } from "@comptoir/auth";
import { createTestDatabase, useTestDatabase } from "@comptoir/db/testing";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_STAFF } from "./demo-staff";
import { DEMO_SEED_VERSION, isDemoDataSeeded, seedDemoData, type SeedReport } from "./index";
import { writeDemoStaff } from "./write-demo-staff";
import { countRows } from "./count-rows";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe("the demo seed", () => {
  const database = useTestDatabase("seed");
  let seededBefore = true;
  let report: SeedReport;
  let counts: Awaited<ReturnType<typeof countRows>>;

  beforeAll(async () => {
    seededBefore = await isDemoDataSeeded(database.db);
    report = await seedDemoData(database.db, { withDemoStaff: true });
    counts = await countRows(database.db);
  });

  it("records that the demo data is there", async () => {
    expect(seededBefore).toBe(false);
    expect(await isDemoDataSeeded(database.db)).toBe(true);
    const setting = await database.db.setting.findUniqueOrThrow({ where: { key: "seed.demo" } });
    expect(setting.value).toMatchObject({ version: DEMO_SEED_VERSION, seededAt: expect.any(String) });
  });

  it("reports what it wrote", () => {
    expect(report).toEqual({
      categories: counts.categories,
      products: counts.products,
      variants: counts.variants,
      images: counts.productImages,
      demoStaff: true,
    });
  });

  it("creates a small category tree in French and English", async () => {
    const categories = await database.db.category.findMany({
      select: { parentId: true, translations: { select: { locale: true, name: true, slug: true } } },
    });
    expect(categories.length).toBeGreaterThanOrEqual(7);
    for (const category of categories) {
      expect(category.translations.map((t) => t.locale).sort()).toEqual(["en", "fr"]);
      for (const translation of category.translations) expect(translation.slug).toMatch(SLUG);
    }
    const topLevel = categories.filter((category) => category.parentId === null);
    expect(topLevel.length).toBeGreaterThanOrEqual(3);
    expect(categories.length - topLevel.length).toBeGreaterThanOrEqual(3);
  });

  it("creates at least 64 products, translated, with 1 to 4 priced variants", async () => {
    const products = await database.db.product.findMany({
      select: {
        key: true,
        translations: { select: { locale: true, name: true, slug: true, description: true, seoTitle: true } },
        variants: {
          select: { sku: true, priceAmount: true, compareAtAmount: true, currency: true, stock: true },
        },
        categories: { select: { categoryId: true } },
      },
    });
    expect(products.length).toBeGreaterThanOrEqual(64);
    for (const product of products) {
      expect(product.translations.map((t) => t.locale).sort()).toEqual(["en", "fr"]);
      for (const translation of product.translations) {
        expect(translation.name).not.toBe("");
        expect(translation.slug).toMatch(SLUG);
        expect(translation.description.length).toBeGreaterThan(60);
        expect(translation.seoTitle).toBeTruthy();
      }
      expect(product.variants.length).toBeGreaterThanOrEqual(1);
      expect(product.variants.length).toBeLessThanOrEqual(4);
      for (const variant of product.variants) {
        expect(variant.priceAmount).toBeGreaterThan(0);
        expect(variant.currency).toBe("EUR");
        expect(variant.stock).toBeGreaterThanOrEqual(0);
        if (variant.compareAtAmount !== null)
          expect(variant.compareAtAmount).toBeGreaterThan(variant.priceAmount);
      }
      expect(product.categories.length).toBeGreaterThanOrEqual(1);
    }
    expect(products.some((product) => product.categories.length > 1)).toBe(true);
    const variants = products.flatMap((product) => product.variants);
    expect(variants.some((variant) => variant.stock === 0)).toBe(true);
    expect(variants.some((variant) => variant.compareAtAmount !== null)).toBe(true);
  });

  it("gives every product a unique slug in each language", async () => {
    for (const locale of ["fr", "en"] as const) {
      const rows = await database.db.productTranslation.findMany({
        where: { locale },
        select: { slug: true },
      });
      expect(rows).toHaveLength(counts.products);
      expect(new Set(rows.map((row) => row.slug)).size).toBe(counts.products);
    }
  });

  it("features about a dozen active products and keeps drafts and archives aside", async () => {
    const featured = await database.db.product.count({ where: { featured: true, status: "ACTIVE" } });
    expect(featured).toBeGreaterThanOrEqual(10);
    expect(featured).toBeLessThanOrEqual(14);
    expect(await database.db.product.count({ where: { status: "DRAFT" } })).toBeGreaterThanOrEqual(1);
    expect(await database.db.product.count({ where: { status: "ARCHIVED" } })).toBeGreaterThanOrEqual(1);
    expect(await database.db.product.count({ where: { status: "ACTIVE", publishedAt: null } })).toBe(0);
  });

  it("illustrates every product with 800×800 WebP images and smaller copies, described in both languages", async () => {
    const products = await database.db.product.findMany({
      select: {
        key: true,
        images: {
          orderBy: { position: "asc" },
          select: {
            translations: { select: { locale: true, alt: true } },
            media: {
              select: {
                checksum: true,
                mimeType: true,
                width: true,
                height: true,
                byteSize: true,
                data: true,
                renditions: { orderBy: { width: "asc" }, select: { width: true, height: true } },
              },
            },
          },
        },
      },
    });
    for (const product of products) {
      expect(product.images.length, product.key).toBeGreaterThanOrEqual(1);
      for (const image of product.images) {
        expect(image.translations.map((t) => t.locale).sort()).toEqual(["en", "fr"]);
        const { media } = image;
        expect(media).toMatchObject({ mimeType: "image/webp", width: 800, height: 800 });
        expect(media.byteSize).toBe(media.data.byteLength);
        expect(createHash("sha256").update(media.data).digest("hex")).toBe(media.checksum);
        const metadata = await sharp(media.data).metadata();
        expect(metadata).toMatchObject({ format: "webp", width: 800, height: 800 });
        // Product cards and cart lines download these instead.
        expect(media.renditions).toEqual([
          { width: 200, height: 200 },
          { width: 400, height: 400 },
        ]);
      }
    }
  });

  it("creates the demo owner with the published password", async () => {
    const user = await database.db.user.findUniqueOrThrow({ where: { email: DEMO_STAFF.email } });
    expect(user).toMatchObject({ role: "OWNER", name: DEMO_STAFF.name, locale: "fr", deactivatedAt: null });
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await verifyPassword(user.passwordHash ?? "", DEMO_STAFF.password)).toBe(true);
    // Owners must use two-factor: the published secret's current code opens the admin.
    expect(user.totpEnabledAt).toBeInstanceOf(Date);
    expect(user.totpSecret).not.toContain(DEMO_STAFF.totpSecret);
    expect(await checkSecondFactor(database.db, user.id, await currentTotpCode(DEMO_STAFF.totpSecret))).toBe(
      "totp",
    );
  });

  it("leaves exactly the same rows when run again", async () => {
    const before = await database.db.user.findUniqueOrThrow({ where: { email: DEMO_STAFF.email } });
    const productIds = await database.db.product.findMany({
      select: { id: true, key: true },
      orderBy: { key: "asc" },
    });
    const checksums = await database.db.mediaAsset.findMany({
      select: { checksum: true },
      orderBy: { checksum: "asc" },
    });

    const again = await seedDemoData(database.db, { withDemoStaff: true });

    expect(again).toEqual(report);
    expect(await countRows(database.db)).toEqual(counts);
    expect(
      await database.db.product.findMany({ select: { id: true, key: true }, orderBy: { key: "asc" } }),
    ).toEqual(productIds);
    expect(
      await database.db.mediaAsset.findMany({ select: { checksum: true }, orderBy: { checksum: "asc" } }),
    ).toEqual(checksums);
    const after = await database.db.user.findUniqueOrThrow({ where: { email: DEMO_STAFF.email } });
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.totpSecret).toBe(before.totpSecret);
    expect(after.emailVerifiedAt).toEqual(before.emailVerifiedAt);
  }, 60_000);

  it("repairs the demo owner's password when it no longer matches", async () => {
    await database.db.user.update({
      where: { email: DEMO_STAFF.email },
      data: { passwordHash: "not-a-hash", role: "CUSTOMER" },
    });
    await writeDemoStaff(database.db);
    const user = await database.db.user.findUniqueOrThrow({ where: { email: DEMO_STAFF.email } });
    expect(user.role).toBe("OWNER");
    expect(await verifyPassword(user.passwordHash ?? "", DEMO_STAFF.password)).toBe(true);
  });
});

describe("the demo seed without demo staff", () => {
  it("creates the catalog and no user", async () => {
    const other = await createTestDatabase("seed_nostaff");
    try {
      expect(await isDemoDataSeeded(other.db)).toBe(false);
      const report = await seedDemoData(other.db, { withDemoStaff: false });
      expect(report.demoStaff).toBe(false);
      expect(report.products).toBeGreaterThanOrEqual(64);
      expect(await other.db.user.count()).toBe(0);
      expect(await isDemoDataSeeded(other.db)).toBe(true);
    } finally {
      await other.drop();
    }
  }, 60_000);
});
