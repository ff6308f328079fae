import { describe, expect, it } from "vitest";
import { createTestDatabase, useTestDatabase } from "./test-database";

describe("test databases", () => {
  const database = useTestDatabase("isolation");

  it("are migrated and empty", async () => {
    expect(await database.db.product.count()).toBe(0);
    const applied = await database.db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
    expect(Number(applied[0]?.count)).toBeGreaterThan(0);
  });

  it("are isolated from each other", async () => {
    const other = await createTestDatabase("other");
    try {
      await other.db.setting.create({ data: { key: "only-here", value: true } });
      expect(await other.db.setting.count()).toBe(1);
      expect(await database.db.setting.count()).toBe(0);
    } finally {
      await other.drop();
    }
  });
});

describe("database invariants", () => {
  const database = useTestDatabase("invariants");

  async function product() {
    return database.db.product.create({ data: { key: `p-${Math.random()}` } });
  }

  it("refuses negative stock", async () => {
    const { id } = await product();
    await expect(
      database.db.variant.create({
        data: { productId: id, sku: "NEG-1", priceAmount: 100, currency: "EUR", stock: -1 },
      }),
    ).rejects.toThrow(/Variant_stock_non_negative/);
  });

  it("refuses a currency that is not an ISO code", async () => {
    const { id } = await product();
    await expect(
      database.db.variant.create({
        data: { productId: id, sku: "CUR-1", priceAmount: 100, currency: "eur" },
      }),
    ).rejects.toThrow(/Variant_currency_iso/);
  });

  it("refuses a slug used twice in the same locale", async () => {
    const a = await product();
    const b = await product();
    await database.db.productTranslation.create({
      data: { productId: a.id, locale: "fr", name: "A", slug: "meme" },
    });
    await expect(
      database.db.productTranslation.create({
        data: { productId: b.id, locale: "fr", name: "B", slug: "meme" },
      }),
    ).rejects.toThrow(/Unique constraint/);
    // The same slug in the other locale is fine.
    await database.db.productTranslation.create({
      data: { productId: b.id, locale: "en", name: "B", slug: "meme" },
    });
  });
});
