import { CatalogCache } from "@comptoir/core";
import { createTestCategory, createTestProduct } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import type { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context";
import { domainCodeOf, fieldErrorsFromError, isNotFoundError } from "../errors";
import { createCaller } from "../root";
import { callerFor } from "../testing/callers";

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.catch((caught: unknown) => caught);
  return (error as TRPCError | undefined)?.code ?? "no error";
}

describe("catalog router", () => {
  const database = useTestDatabase("api_catalog");
  const api = async () => (await callerFor(database.db, "storefront")).api;

  beforeAll(async () => {
    const cafe = await createTestCategory(database.db, {
      fr: { name: "Café", slug: "cafe" },
      en: { name: "Coffee", slug: "coffee" },
    });
    await createTestProduct(database.db, {
      featured: true,
      fr: { name: "Miel de lavande", slug: "miel-de-lavande", description: "Un miel *fleuri*." },
      en: { name: "Lavender honey", slug: "lavender-honey" },
      variants: [{ priceAmount: 1190 }],
      categories: [{ id: cafe.id }],
    });
  });

  it("serve featured products, product pages, categories, the tree and search to anonymous shoppers", async () => {
    const caller = await api();
    expect(await caller.catalog.featured({ locale: "en" })).toEqual([
      expect.objectContaining({ name: "Lavender honey", price: { amount: 1190, currency: "EUR" } }),
    ]);
    const product = await caller.catalog.product({ locale: "fr", slug: "miel-de-lavande" });
    expect(product).toMatchObject({
      slugs: { fr: "miel-de-lavande", en: "lavender-honey" },
      breadcrumbs: [{ name: "Café", slug: "cafe" }],
    });
    expect(product.descriptionHtml).toBe("<p>Un miel <em>fleuri</em>.</p>");
    const category = await caller.catalog.category({ locale: "en", slug: "coffee" });
    expect(category.products.items.map((card) => card.name)).toEqual(["Lavender honey"]);
    expect(await caller.catalog.categoryTree({ locale: "fr" })).toEqual([
      expect.objectContaining({ slug: "cafe", productCount: 1 }),
    ]);
    expect(
      (await caller.catalog.search({ locale: "fr", q: "lavande" })).items.map((card) => card.name),
    ).toEqual(["Miel de lavande"]);
    expect(await caller.catalog.sitemapIndex()).toEqual({ products: 1, categories: 1 });
    expect(await caller.catalog.redirect({ kind: "PRODUCT", locale: "fr", slug: "ancien" })).toBeNull();
  });

  it("map a missing product or category to NOT_FOUND with the domain code", async () => {
    const caller = await api();
    // Called one at a time: a rejection nobody awaits yet is reported (and rewritten) by Vitest.
    for (const call of [
      () => caller.catalog.product({ locale: "fr", slug: "absent" }),
      () => caller.catalog.category({ locale: "fr", slug: "absente" }),
    ]) {
      const error = await call().catch((caught: unknown) => caught);
      expect(isNotFoundError(error)).toBe(true);
      expect(domainCodeOf(error)).toBe("NOT_FOUND");
    }
  });

  it("refuse bad inputs with BAD_REQUEST and field errors", async () => {
    const caller = await api();
    const bad = [
      () => caller.catalog.featured({ locale: "de" as "fr" }),
      () => caller.catalog.category({ locale: "fr", slug: "cafe", page: -1 }),
      () => caller.catalog.category({ locale: "fr", slug: "cafe", pageSize: 101 }),
      () => caller.catalog.category({ locale: "fr", slug: "cafe", minPrice: 500, maxPrice: 100 }),
      () => caller.catalog.category({ locale: "fr", slug: "cafe", facets: ["poids=250g; DROP TABLE"] }),
      () => caller.catalog.category({ locale: "fr", slug: "cafe", sort: "random" as "name" }),
      () => caller.catalog.product({ locale: "fr", slug: "../../etc" }),
      () => caller.catalog.search({ locale: "fr", q: "" }),
      () => caller.catalog.search({ locale: "fr", q: "x".repeat(101) }),
      () => caller.catalog.sitemapPage({ kind: "products", page: 0 }),
    ];
    for (const [index, call] of bad.entries())
      expect(await codeOf(call()), `input #${index}`).toBe("BAD_REQUEST");
    const rangeError = await caller.catalog
      .category({ locale: "fr", slug: "cafe", minPrice: 500, maxPrice: 100 })
      .catch((caught: unknown) => caught);
    expect(fieldErrorsFromError(rangeError)).toEqual({ maxPrice: ["validation.price_range"] });
  });

  it("answer SQL-looking search text with plain results", async () => {
    const caller = await api();
    const result = await caller.catalog.search({ locale: "fr", q: "miel' OR 1=1; --" });
    expect(result.terms).toEqual(["miel", "OR", "1", "1"]);
    expect(result.items).toEqual([]);
  });

  it("read through the catalog cache when the context has one", async () => {
    const cache = new CatalogCache();
    const ctx = await createContext({
      db: database.db,
      audience: "storefront",
      headers: new Headers(),
      resHeaders: new Headers(),
      catalogCache: cache,
    });
    const caller = createCaller(ctx);
    const first = await database.countQueries(() =>
      caller.catalog.product({ locale: "en", slug: "lavender-honey" }),
    );
    const second = await database.countQueries(() =>
      caller.catalog.product({ locale: "en", slug: "lavender-honey" }),
    );
    expect(first).toBeGreaterThan(0);
    expect(second).toBe(0);
  });
});
