import { describe, expect, it } from "vitest";
import type { ListingProduct, ListingValue } from "./listing-product";
import { queryListing, type ListingFilters } from "./query-listing";

const weight = (grams: 250 | 1000): ListingValue => ({
  optionKey: "poids",
  optionName: "Poids",
  optionPosition: 0,
  valueKey: grams === 250 ? "250-g" : "1-kg",
  valueName: grams === 250 ? "250 g" : "1 kg",
  valuePosition: grams === 250 ? 0 : 1,
});
const grind = (ground: boolean): ListingValue => ({
  optionKey: "mouture",
  optionName: "Mouture",
  optionPosition: 1,
  valueKey: ground ? "moulu" : "grains",
  valueName: ground ? "Moulu" : "Grains",
  valuePosition: ground ? 1 : 0,
});

function product(
  id: string,
  name: string,
  position: number,
  publishedAt: number,
  variants: [number, number, ListingValue[]][],
): ListingProduct {
  return {
    id,
    name,
    slug: id,
    position,
    publishedAt,
    image: null,
    variants: variants.map(([priceAmount, stock, values]) => ({
      priceAmount,
      compareAtAmount: null,
      currency: "EUR",
      stock,
      values,
    })),
  };
}

// Colombie: 250 g beans in stock, 1 kg ground out of stock. Éthiopie: 250 g ground in stock.
// Assiette: no options at all.
const products = [
  product("colombie", "Café de Colombie", 2, 100, [
    [1290, 5, [weight(250), grind(false)]],
    [3990, 0, [weight(1000), grind(true)]],
  ]),
  product("ethiopie", "Éthiopie Yirgacheffe", 1, 300, [[1490, 3, [weight(250), grind(true)]]]),
  product("assiette", "Assiette en grès", 3, 200, [[1850, 0, []]]),
];

const none: ListingFilters = { available: false, facets: [] };
const run = (
  filters: Partial<ListingFilters>,
  sort: Parameters<typeof queryListing>[1]["sort"] = "position",
  page = 1,
  pageSize = 24,
) => queryListing(products, { filters: { ...none, ...filters }, sort, page, pageSize, locale: "fr" });

const ids = (result: ReturnType<typeof run>) => result.items.map((item) => item.product.id);

describe("queryListing", () => {
  it("sorts by position, price, novelty and name (accents ignored)", () => {
    expect(ids(run({}, "position"))).toEqual(["ethiopie", "colombie", "assiette"]);
    expect(ids(run({}, "price-asc"))).toEqual(["colombie", "ethiopie", "assiette"]);
    expect(ids(run({}, "price-desc"))).toEqual(["assiette", "ethiopie", "colombie"]);
    expect(ids(run({}, "newest"))).toEqual(["ethiopie", "assiette", "colombie"]);
    expect(ids(run({}, "name"))).toEqual(["assiette", "colombie", "ethiopie"]);
  });

  it("shows the cheapest variant that satisfies the filters", () => {
    const [colombie] = run({ facets: ["poids:1-kg"] }).items;
    expect(colombie?.variant.priceAmount).toBe(3990);
  });

  it("matches variants, not products: 1 kg and in stock finds nothing", () => {
    expect(ids(run({ facets: ["poids:1-kg"], available: true }))).toEqual([]);
    expect(ids(run({ facets: ["poids:1-kg"] }))).toEqual(["colombie"]);
  });

  it("treats values of one option as alternatives and options as constraints", () => {
    expect(ids(run({ facets: ["mouture:moulu", "mouture:grains"] })).sort()).toEqual([
      "colombie",
      "ethiopie",
    ]);
    expect(ids(run({ facets: ["mouture:moulu", "poids:250-g"] }))).toEqual(["ethiopie"]);
  });

  it("filters by price bounds in minor units, inclusive", () => {
    expect(ids(run({ minPrice: 1400, maxPrice: 1850 }, "price-asc"))).toEqual(["ethiopie", "assiette"]);
    expect(ids(run({ minPrice: 3990 }))).toEqual(["colombie"]);
  });

  it("counts each facet value under every other filter", () => {
    const result = run({ facets: ["mouture:moulu"], available: true });
    const byKey = Object.fromEntries(
      result.facets.options.flatMap((option) => option.values.map((value) => [value.key, value])),
    );
    // Grind counts ignore the grind filter but keep "in stock": Colombie's beans, Éthiopie ground.
    expect(byKey["mouture:grains"]).toMatchObject({ count: 1, selected: false });
    expect(byKey["mouture:moulu"]).toMatchObject({ count: 1, selected: true });
    // Weight counts keep both filters: only Éthiopie (250 g, ground, in stock).
    expect(byKey["poids:250-g"]?.count).toBe(1);
    expect(byKey["poids:1-kg"]?.count).toBe(0);
    expect(result.facets.options.map((option) => option.key)).toEqual(["poids", "mouture"]);
  });

  it("reports the price range and the in-stock count the other filters leave", () => {
    const result = run({ minPrice: 3000 });
    expect(result.facets.price).toEqual({ min: 1290, max: 3990, currency: "EUR" });
    expect(result.facets.availableCount).toBe(0);
    expect(run({}).facets.availableCount).toBe(2);
  });

  it("pages the results", () => {
    const first = run({}, "name", 1, 2);
    const second = run({}, "name", 2, 2);
    expect([ids(first), ids(second), first.total]).toEqual([["assiette", "colombie"], ["ethiopie"], 3]);
  });
});
