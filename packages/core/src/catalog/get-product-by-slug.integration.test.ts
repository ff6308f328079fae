import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { isDomainError } from "../errors";
import { createTestCategory, createTestProduct } from "../testing";
import { getProductBySlug } from "./get-product-by-slug";

describe("getProductBySlug", () => {
  const database = useTestDatabase("product");

  it("finds an active product by its slug in the locale, with its slugs in every locale", async () => {
    const { id } = await createTestProduct(database.db, {
      fr: { name: "Thé vert Sencha", slug: "the-vert-sencha" },
      en: { name: "Sencha green tea", slug: "sencha-green-tea" },
      variants: [
        { sku: "SEN-50", priceAmount: 850, stock: 4 },
        { sku: "SEN-100", priceAmount: 1500, stock: 0 },
      ],
    });
    const product = await getProductBySlug(database.db, { locale: "en", slug: "sencha-green-tea" });
    expect(product).toMatchObject({
      id,
      name: "Sencha green tea",
      locale: "en",
      slugs: { fr: "the-vert-sencha", en: "sencha-green-tea" },
    });
    expect(product.variants.map((variant) => [variant.sku, variant.available])).toEqual([
      ["SEN-50", true],
      ["SEN-100", false],
    ]);
  });

  it("answers NOT_FOUND for unknown slugs, another locale's slug, drafts and archived products", async () => {
    await createTestProduct(database.db, { status: "DRAFT", fr: { name: "Brouillon", slug: "brouillon" } });
    await createTestProduct(database.db, { status: "ARCHIVED", fr: { name: "Archive", slug: "archive" } });
    for (const [locale, slug] of [
      ["fr", "inconnu"],
      ["fr", "sencha-green-tea"],
      ["fr", "brouillon"],
      ["fr", "archive"],
    ] as const) {
      const error = await getProductBySlug(database.db, { locale, slug }).catch((caught: unknown) => caught);
      expect(isDomainError(error, "NOT_FOUND"), `${locale}/${slug}`).toBe(true);
    }
  });

  it("renders the description safely and gives the trail of its most specific category", async () => {
    const shop = await createTestCategory(database.db, { fr: { name: "Épicerie", slug: "epicerie" } });
    const honey = await createTestCategory(database.db, {
      parentId: shop.id,
      fr: { name: "Miels", slug: "miels" },
    });
    const gifts = await createTestCategory(database.db, { fr: { name: "Cadeaux", slug: "cadeaux" } });
    await createTestProduct(database.db, {
      fr: {
        name: "Miel de lavande",
        slug: "miel-lavande",
        description: "Un miel **doux**. <script>alert(1)</script>",
      },
      categories: [{ id: gifts.id }, { id: honey.id }],
    });
    const related = await createTestProduct(database.db, {
      fr: { name: "Miel de sapin", slug: "miel-sapin" },
      categories: [{ id: honey.id }],
    });
    const soldOut = await createTestProduct(database.db, {
      fr: { name: "Miel épuisé", slug: "miel-epuise" },
      categories: [{ id: gifts.id }],
      variants: [{ stock: 0 }],
    });

    const product = await getProductBySlug(database.db, { locale: "fr", slug: "miel-lavande" });
    expect(product.descriptionHtml).toBe(
      "<p>Un miel <strong>doux</strong>. &lt;script&gt;alert(1)&lt;/script&gt;</p>",
    );
    expect(product.breadcrumbs).toEqual([
      { name: "Épicerie", slug: "epicerie" },
      { name: "Miels", slug: "miels" },
    ]);
    // Related: products sharing a category, in stock first, never the product itself.
    expect(product.related.map((card) => card.id)).toEqual([related.id, soldOut.id]);
  });

  it("reads the page in a bounded number of queries whatever the number of variants", async () => {
    await createTestProduct(database.db, { fr: { name: "Un", slug: "un" }, variants: [{}] });
    await createTestProduct(database.db, {
      fr: { name: "Dix", slug: "dix" },
      variants: Array.from({ length: 10 }, () => ({})),
      withImage: true,
    });
    const one = await database.countQueries(() =>
      getProductBySlug(database.db, { locale: "fr", slug: "un" }),
    );
    const ten = await database.countQueries(() =>
      getProductBySlug(database.db, { locale: "fr", slug: "dix" }),
    );
    expect(ten).toBe(one);
  });
});
