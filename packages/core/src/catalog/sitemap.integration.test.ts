import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { createTestCategory, createTestProduct } from "../testing";
import { countSitemapPages, listSitemapEntries } from "./sitemap";

describe("sitemap entries", () => {
  const database = useTestDatabase("sitemap");

  it("list active products and categories with their slug in every locale", async () => {
    await createTestProduct(database.db, {
      fr: { name: "Un", slug: "un" },
      en: { name: "One", slug: "one" },
    });
    await createTestProduct(database.db, { fr: { name: "Seul", slug: "seul" }, en: null });
    await createTestProduct(database.db, { status: "DRAFT", fr: { name: "Brouillon", slug: "brouillon" } });
    await createTestCategory(database.db, {
      fr: { name: "Café", slug: "cafe" },
      en: { name: "Coffee", slug: "coffee" },
    });

    expect(await countSitemapPages(database.db)).toEqual({ products: 1, categories: 1 });
    const products = await listSitemapEntries(database.db, { kind: "products", page: 1 });
    expect(
      products.map((entry) => entry.slugs).sort((a, b) => (a.fr ?? "").localeCompare(b.fr ?? "")),
    ).toEqual([{ fr: "seul" }, { fr: "un", en: "one" }]);
    expect(products[0]?.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await listSitemapEntries(database.db, { kind: "categories", page: 1 })).toEqual([
      expect.objectContaining({ slugs: { fr: "cafe", en: "coffee" } }),
    ]);
    expect(await listSitemapEntries(database.db, { kind: "products", page: 2 })).toEqual([]);
  });
});
