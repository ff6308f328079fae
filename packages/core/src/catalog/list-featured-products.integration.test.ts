import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { createTestProduct } from "../testing";
import { listFeaturedProducts } from "./list-featured-products";

describe("listFeaturedProducts", () => {
  const database = useTestDatabase("featured");

  it("lists active featured products translated into the locale, newest first", async () => {
    const older = await createTestProduct(database.db, {
      featured: true,
      publishedAt: new Date("2026-01-01"),
      withImage: true,
    });
    const newer = await createTestProduct(database.db, {
      featured: true,
      publishedAt: new Date("2026-02-01"),
    });
    await createTestProduct(database.db, { featured: false });
    await createTestProduct(database.db, { featured: true, status: "DRAFT" });
    await createTestProduct(database.db, { featured: true, status: "ARCHIVED" });
    const frenchOnly = await createTestProduct(database.db, { featured: true, en: null });

    const en = await listFeaturedProducts(database.db, { locale: "en", limit: 10 });
    expect(en.map((card) => card.id)).toEqual([newer.id, older.id]);
    expect(en[1]?.image?.url).toMatch(/^\/media\/[a-f0-9]{64}\.webp$/);
    expect(en[1]?.image?.alt).toMatch(/^Picture /);

    const fr = await listFeaturedProducts(database.db, { locale: "fr", limit: 10 });
    expect(fr.map((card) => card.id)).toContain(frenchOnly.id);
    expect(fr[0]?.name).toMatch(/^Produit /);
  });

  it("costs the same few queries for 3 or 30 products (no N+1)", async () => {
    const few = await database.countQueries(() =>
      listFeaturedProducts(database.db, { locale: "fr", limit: 48 }),
    );
    for (let index = 0; index < 30; index += 1) {
      await createTestProduct(database.db, {
        featured: true,
        withImage: index % 2 === 0,
        variants: [{}, {}],
      });
    }
    const many = await database.countQueries(() =>
      listFeaturedProducts(database.db, { locale: "fr", limit: 48 }),
    );
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(6);
  });
});
