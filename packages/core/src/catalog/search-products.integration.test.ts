import { useTestDatabase } from "@comptoir/db/testing";
import { searchInput } from "@comptoir/validators";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestProduct } from "../testing";
import { searchProducts, searchTerms } from "./search-products";

describe("searchTerms", () => {
  it("keeps letters and digits of any script, drops everything else", () => {
    expect(searchTerms("café 70% & cacao!")).toEqual(["café", "70", "cacao"]);
    expect(searchTerms('\'; DROP TABLE "Product"; --')).toEqual(["DROP", "TABLE", "Product"]);
    expect(searchTerms("!!! ---")).toEqual([]);
  });
});

describe("searchProducts", () => {
  const database = useTestDatabase("search");
  const search = (locale: "fr" | "en", q: string, extra: Record<string, number> = {}) =>
    searchProducts(database.db, searchInput.parse({ locale, q, ...extra }));
  const names = async (locale: "fr" | "en", q: string) =>
    (await search(locale, q)).items.map((card) => card.name);

  beforeAll(async () => {
    await createTestProduct(database.db, {
      fr: { name: "Café de Colombie", slug: "cafe-colombie", description: "Notes de cacao et de noisette." },
      en: { name: "Colombian coffee", slug: "colombian-coffee", description: "Notes of cocoa and hazelnut." },
    });
    await createTestProduct(database.db, {
      fr: { name: "Thé vert Sencha", slug: "the-sencha", description: "Frais, légèrement iodé." },
      en: { name: "Sencha green tea", slug: "sencha", description: "Fresh and slightly briny." },
    });
    await createTestProduct(database.db, {
      fr: { name: "Tasse à café", slug: "tasse-cafe", description: "Grès émaillé." },
      en: { name: "Coffee cup", slug: "coffee-cup", description: "Glazed stoneware." },
    });
    await createTestProduct(database.db, {
      status: "DRAFT",
      fr: { name: "Café secret", slug: "cafe-secret" },
    });
  });

  it("ignores accents and case: 'cafe' finds 'Café'", async () => {
    expect((await names("fr", "CAFE")).sort()).toEqual(["Café de Colombie", "Tasse à café"]);
    expect(await names("fr", "thé")).toEqual(["Thé vert Sencha"]);
    expect(await names("fr", "the vert")).toEqual(["Thé vert Sencha"]);
  });

  it("stems per language and matches word beginnings", async () => {
    expect(await names("en", "coffees")).toEqual(expect.arrayContaining(["Colombian coffee", "Coffee cup"]));
    expect(await names("fr", "colomb")).toEqual(["Café de Colombie"]);
    expect(await names("en", "hazel")).toEqual(["Colombian coffee"]);
  });

  it("ranks names above descriptions, searches one locale, and never shows drafts", async () => {
    expect(await names("fr", "cacao")).toEqual(["Café de Colombie"]);
    expect(await names("en", "cacao")).toEqual([]);
    expect(await names("fr", "secret")).toEqual([]);
  });

  it("pages with a total", async () => {
    const first = await search("fr", "cafe", { pageSize: 1 });
    const second = await search("fr", "cafe", { pageSize: 1, page: 2 });
    expect([first.total, first.pageCount, first.items.length, second.items.length]).toEqual([2, 2, 1, 1]);
    expect(first.items[0]?.id).not.toBe(second.items[0]?.id);
  });

  it("treats SQL-looking or symbol-only text as plain words", async () => {
    expect(await names("fr", 'café\'; DROP TABLE "Product"; --')).toEqual([]);
    expect((await search("fr", "%_\\*:&|!()<>")).total).toBe(0);
    expect(await database.db.product.count()).toBe(4);
  });
});
