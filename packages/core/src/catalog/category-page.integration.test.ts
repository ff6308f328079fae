import { useTestDatabase } from "@comptoir/db/testing";
import { categoryPageInput } from "@comptoir/validators";
import { beforeAll, describe, expect, it } from "vitest";
import { isDomainError } from "../errors";
import { createTestCategory, createTestProduct } from "../testing";
import { getCategoryTree } from "./category-tree";
import { getCategoryPage } from "./category-page";

const weights = {
  fr: "Poids",
  en: "Weight",
  values: [
    { fr: "250 g", en: "250 g" },
    { fr: "1 kg", en: "1 kg" },
  ],
};

describe("category pages", () => {
  const database = useTestDatabase("category_page");
  const input = (values: Record<string, unknown>) =>
    categoryPageInput.parse({ locale: "fr", slug: "cafe", ...values });

  beforeAll(async () => {
    const cafe = await createTestCategory(database.db, {
      fr: { name: "Café", slug: "cafe", description: "Nos cafés" },
      en: { name: "Coffee", slug: "coffee" },
    });
    const grains = await createTestCategory(database.db, {
      parentId: cafe.id,
      fr: { name: "Grains", slug: "grains" },
      en: { name: "Beans", slug: "beans" },
    });
    await createTestCategory(database.db, {
      fr: { name: "Thé", slug: "the" },
      en: { name: "Tea", slug: "tea" },
    });
    await createTestProduct(database.db, {
      fr: { name: "Colombie", slug: "colombie" },
      categories: [{ id: grains.id }],
      options: [weights],
      variants: [
        { priceAmount: 1290, stock: 4, values: [0] },
        { priceAmount: 3990, stock: 0, values: [1] },
      ],
      withImage: true,
    });
    await createTestProduct(database.db, {
      fr: { name: "Brésil", slug: "bresil" },
      categories: [{ id: cafe.id }],
      variants: [{ priceAmount: 990 }],
    });
    await createTestProduct(database.db, {
      fr: { name: "Brouillon", slug: "brouillon" },
      status: "DRAFT",
      categories: [{ id: cafe.id }],
    });
  });

  it("list the products of the category and its subcategories, with the trail and children", async () => {
    const page = await getCategoryPage(database.db, input({ sort: "price-asc" }));
    expect(page.category).toMatchObject({
      name: "Café",
      slug: "cafe",
      description: "Nos cafés",
      slugs: { fr: "cafe", en: "coffee" },
      breadcrumbs: [],
    });
    expect(page.category.children).toEqual([{ name: "Grains", slug: "grains" }]);
    expect(page.products.items.map((card) => card.name)).toEqual(["Brésil", "Colombie"]);
    expect(page.products.total).toBe(2);

    const child = await getCategoryPage(database.db, input({ slug: "grains" }));
    expect(child.category.breadcrumbs).toEqual([{ name: "Café", slug: "cafe" }]);
  });

  it("filter by option values and availability, with facet counts", async () => {
    const page = await getCategoryPage(database.db, input({ facets: ["poids:1-kg"] }));
    expect(page.products.items.map((card) => [card.name, card.price.amount])).toEqual([["Colombie", 3990]]);
    const values = page.facets.options.find((option) => option.key === "poids")?.values;
    expect(values).toEqual([
      { key: "poids:250-g", name: "250 g", count: 1, selected: false },
      { key: "poids:1-kg", name: "1 kg", count: 1, selected: true },
    ]);
    const inStock = await getCategoryPage(database.db, input({ facets: ["poids:1-kg"], available: true }));
    expect(inStock.products.total).toBe(0);
  });

  it("answer NOT_FOUND for an unknown slug or another locale's slug", async () => {
    for (const slug of ["inconnue", "coffee"]) {
      const error = await getCategoryPage(database.db, input({ slug })).catch((caught: unknown) => caught);
      expect(isDomainError(error, "NOT_FOUND"), slug).toBe(true);
    }
  });

  it("cost the same few queries for 2 or 40 products (no N+1)", async () => {
    const few = await database.countQueries(() => getCategoryPage(database.db, input({})));
    const cafe = await database.db.categoryTranslation.findFirstOrThrow({
      where: { slug: "cafe" },
      select: { categoryId: true },
    });
    for (let index = 0; index < 38; index += 1) {
      await createTestProduct(database.db, {
        categories: [{ id: cafe.categoryId }],
        options: [weights],
        variants: [{ values: [0] }, { values: [1] }],
        withImage: true,
      });
    }
    const many = await database.countQueries(() => getCategoryPage(database.db, input({})));
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(4);
  });

  it("build the navigation tree with distinct product counts", async () => {
    const tree = await getCategoryTree(database.db, { locale: "en" });
    const coffee = tree.find((node) => node.slug === "coffee");
    expect(coffee?.children.map((node) => node.slug)).toEqual(["beans"]);
    expect(coffee?.productCount).toBeGreaterThanOrEqual(2);
    expect(tree.find((node) => node.slug === "tea")?.productCount).toBe(0);
  });
});

describe("category pages with a catalog cache", () => {
  const database = useTestDatabase("category_page_cache");

  it("answer a new filter combination without any query once the category was read", async () => {
    const { CatalogCache } = await import("./catalog-cache");
    const cafe = await createTestCategory(database.db, { fr: { name: "Café", slug: "cafe" } });
    for (let index = 0; index < 5; index += 1) {
      await createTestProduct(database.db, {
        categories: [{ id: cafe.id }],
        options: [weights],
        variants: [
          { values: [0], stock: index },
          { values: [1], stock: index },
        ],
      });
    }
    const cache = new CatalogCache();
    const read = (values: Record<string, unknown>) =>
      getCategoryPage(database.db, categoryPageInput.parse({ locale: "fr", slug: "cafe", ...values }), {
        cache,
      });
    expect(await database.countQueries(() => read({}))).toBeGreaterThan(0);
    expect(
      await database.countQueries(() =>
        read({ available: true, sort: "price-desc", facets: ["poids:1-kg"] }),
      ),
    ).toBe(0);
    expect((await read({ available: true })).products.total).toBe(4);
  });
});
