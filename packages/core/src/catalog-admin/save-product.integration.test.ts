import { useTestDatabase } from "@comptoir/db/testing";
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { resolveSlugRedirect } from "../catalog/slug-redirects";
import { isDomainError } from "../errors";
import { createTestCategory, createTestOrder, createTestProduct } from "../testing";
import type { ProductDraft } from "./product-draft";
import { saveProduct } from "./save-product";

const texts = (name: string, slug: string) => ({
  name,
  slug,
  description: "",
  seoTitle: null,
  seoDescription: null,
});

/** Each test's own slugs and SKUs: the tests of this file share one database. */
let tag = "";
beforeEach(() => {
  tag = randomUUID().slice(0, 6);
});

function teaDraft(overrides: Partial<ProductDraft> = {}): ProductDraft {
  return {
    status: "DRAFT",
    featured: false,
    translations: {
      fr: texts("Thé vert Sencha", `the-vert-sencha-${tag}`),
      en: texts("Sencha green tea", `sencha-green-tea-${tag}`),
    },
    categoryIds: [],
    options: [{ name: { fr: "Format", en: "Size" } }],
    variants: [
      {
        id: null,
        sku: `SENCHA-100-${tag}`,
        values: [{ fr: "100 g", en: "100 g" }],
        priceAmount: 900,
        compareAtAmount: null,
        stock: 10,
        stockSeen: null,
        weightGrams: 120,
      },
      {
        id: null,
        sku: `SENCHA-250-${tag}`,
        values: [{ fr: "250 g", en: "250 g" }],
        priceAmount: 1900,
        compareAtAmount: 2200,
        stock: 4,
        stockSeen: null,
        weightGrams: 280,
      },
    ],
    ...overrides,
  };
}

describe("saveProduct", () => {
  const database = useTestDatabase("catalog_admin_save");
  const save = (request: Omit<Parameters<typeof saveProduct>[1], "currency">, audit?: () => Promise<void>) =>
    saveProduct(database.db, { ...request, currency: "EUR" }, audit ? { audit } : {});

  it("creates a product in both languages with its options, variants and categories, and audits it", async () => {
    const category = await createTestCategory(database.db, { fr: { name: "Thés", slug: `thes-${tag}` } });
    const changes: unknown[] = [];
    const saved = await saveProduct(
      database.db,
      { productId: null, version: null, draft: teaDraft({ categoryIds: [category.id] }), currency: "EUR" },
      { audit: async (_tx, change) => void changes.push(change) },
    );
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.product).toMatchObject({
      key: `the-vert-sencha-${tag}`,
      status: "DRAFT",
      publishedAt: null,
      translations: { fr: { name: "Thé vert Sencha" }, en: { slug: `sencha-green-tea-${tag}` } },
      categoryIds: [category.id],
      options: [
        {
          name: { fr: "Format", en: "Size" },
          values: [{ name: { fr: "100 g" } }, { name: { fr: "250 g" } }],
        },
      ],
      variants: [
        {
          sku: `SENCHA-100-${tag}`,
          priceAmount: 900,
          currency: "EUR",
          stock: 10,
          values: [{ fr: "100 g", en: "100 g" }],
        },
        { sku: `SENCHA-250-${tag}`, compareAtAmount: 2200 },
      ],
    });
    expect(changes).toEqual([{ productId: saved.product.id, before: null, after: saved.product }]);
  });

  it("publishes once, moves a changed slug to a redirect, and keeps rows that still mean the same thing", async () => {
    const created = await save({ productId: null, version: null, draft: teaDraft() });
    if (!created.ok) throw new Error("not created");
    const before = created.product;
    const draft = teaDraft({
      status: "ACTIVE",
      translations: {
        fr: texts("Thé vert Sencha bio", `the-vert-sencha-bio-${tag}`),
        en: before.translations.en,
      },
      options: [{ name: { fr: "Poids", en: "Weight" } }],
      variants: [
        // The 250 g first, renamed in English; the 100 g dropped; a new 1 kg.
        {
          ...teaDraft().variants[1]!,
          id: before.variants[1]!.id,
          values: [{ fr: "250 g", en: "250 grams" }],
          stock: 6,
          stockSeen: 4,
        },
        {
          id: null,
          sku: `SENCHA-1000-${tag}`,
          values: [{ fr: "1 kg", en: "1 kg" }],
          priceAmount: 6000,
          compareAtAmount: null,
          stock: 2,
          stockSeen: null,
          weightGrams: null,
        },
      ],
    });
    const updated = await save({ productId: before.id, version: before.version, draft });
    if (!updated.ok) throw new Error(JSON.stringify(updated.problems));
    const after = updated.product;
    expect(after.status).toBe("ACTIVE");
    expect(after.publishedAt).not.toBeNull();
    expect(after.options[0]!.id).toBe(before.options[0]!.id);
    expect(after.options[0]!.name).toEqual({ fr: "Poids", en: "Weight" });
    expect(after.options[0]!.values.map((value) => value.name.en)).toEqual(["250 grams", "1 kg"]);
    expect(after.options[0]!.values[0]!.id).toBe(before.options[0]!.values[1]!.id);
    expect(after.variants.map((variant) => [variant.sku, variant.stock])).toEqual([
      [`SENCHA-250-${tag}`, 6],
      [`SENCHA-1000-${tag}`, 2],
    ]);
    expect(after.variants[0]!.id).toBe(before.variants[1]!.id);
    expect(
      await resolveSlugRedirect(database.db, {
        kind: "PRODUCT",
        locale: "fr",
        slug: `the-vert-sencha-${tag}`,
      }),
    ).toEqual({
      slug: `the-vert-sencha-bio-${tag}`,
    });
  });

  it("applies the stock staff changed on top of what sold meanwhile, never below zero", async () => {
    const created = await save({ productId: null, version: null, draft: teaDraft() });
    if (!created.ok) throw new Error("not created");
    const product = created.product;
    // The form showed 10; a shopper buys 3 while staff add 5.
    await database.db.variant.update({
      where: { id: product.variants[0]!.id },
      data: { stock: { decrement: 3 } },
    });
    const variants = teaDraft().variants.map((variant, index) => ({
      ...variant,
      id: product.variants[index]!.id,
    }));
    variants[0] = { ...variants[0]!, stock: 15, stockSeen: 10 };
    variants[1] = { ...variants[1]!, stock: 0, stockSeen: 40 };
    const updated = await save({
      productId: product.id,
      version: product.version,
      draft: teaDraft({ variants }),
    });
    if (!updated.ok) throw new Error("not updated");
    expect(updated.product.variants.map((variant) => variant.stock)).toEqual([12, 0]);
  });

  it("refuses a save based on an older version, and two saves of one version let only one through", async () => {
    const created = await save({ productId: null, version: null, draft: teaDraft() });
    if (!created.ok) throw new Error("not created");
    const { id, version } = created.product;
    const rename = (name: string) =>
      save({
        productId: id,
        version,
        draft: teaDraft({
          translations: {
            fr: texts(name, `the-vert-sencha-${tag}`),
            en: texts("Sencha", `sencha-green-tea-${tag}`),
          },
        }),
      }).then(
        () => "saved",
        (error: unknown) => (isDomainError(error, "CONFLICT") ? "conflict" : error),
      );
    const outcomes = await Promise.all([rename("Premier"), rename("Second")]);
    expect(outcomes.sort()).toEqual(["conflict", "saved"]);
  });

  it("names every problem found in the draft or against the catalog, and writes nothing", async () => {
    await createTestProduct(database.db, {
      fr: { name: "Autre", slug: "autre" },
      variants: [{ sku: "TAKEN-1" }],
    });
    const count = await database.db.product.count();
    const draft = teaDraft({
      status: "ACTIVE",
      translations: { fr: texts("Autre thé", "autre"), en: texts("Other", "other-tea") },
      categoryIds: ["no-such-category"],
      variants: [
        { ...teaDraft().variants[0]!, sku: "TAKEN-1" },
        { ...teaDraft().variants[1]!, values: [{ fr: "100 g", en: "3.5 oz" }], compareAtAmount: 100 },
      ],
    });
    const early = await save({ productId: null, version: null, draft });
    expect(early.ok).toBe(false);
    if (early.ok) return;
    // The draft's own rules come first: duplicate combination, translation mismatch, compare-at price.
    expect(early.problems.map((problem) => [problem.path.join("."), problem.message])).toEqual([
      ["variants.1.values.0.en", "validation.option_value_translation"],
      ["variants.1.values", "validation.variant_duplicate"],
      ["variants.1.compareAtAmount", "validation.compare_at_price"],
    ]);
    const late = await save({
      productId: null,
      version: null,
      draft: teaDraft({ ...draft, variants: [draft.variants[0]!] }),
    });
    expect(late.ok).toBe(false);
    if (late.ok) return;
    expect(late.problems.map((problem) => [problem.path.join("."), problem.message])).toEqual([
      ["translations.fr.slug", "validation.slug_taken"],
      ["variants.0.sku", "validation.sku_taken"],
      ["categoryIds", "validation.category_unknown"],
    ]);
    expect(await database.db.product.count()).toBe(count);
  });

  it("refuses to remove a variant reserved by an order waiting for its payment", async () => {
    const created = await save({ productId: null, version: null, draft: teaDraft() });
    if (!created.ok) throw new Error("not created");
    const product = created.product;
    await createTestOrder(database.db, {
      lines: [{ variantId: product.variants[0]!.id, quantity: 1, unitAmount: 900 }],
    });
    const keepSecond = teaDraft()
      .variants.slice(1)
      .map((variant) => ({ ...variant, id: product.variants[1]!.id }));
    const saved = await save({
      productId: product.id,
      version: product.version,
      draft: teaDraft({ variants: keepSecond }),
    });
    expect(saved).toEqual({
      ok: false,
      problems: [{ path: ["variants"], message: "validation.variant_reserved" }],
    });
    expect(await database.db.variant.count({ where: { productId: product.id } })).toBe(2);
  });

  it("swaps two variants' SKUs in one save, and answers NOT_FOUND for another product's variant", async () => {
    const created = await save({ productId: null, version: null, draft: teaDraft() });
    if (!created.ok) throw new Error("not created");
    const product = created.product;
    const swapped = teaDraft().variants.map((variant, index) => ({
      ...variant,
      id: product.variants[index]!.id,
      sku: index === 0 ? `SENCHA-250-${tag}` : `SENCHA-100-${tag}`,
    }));
    const saved = await save({
      productId: product.id,
      version: product.version,
      draft: teaDraft({ variants: swapped }),
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
    expect(saved.product.variants.map((variant) => variant.sku)).toEqual([
      `SENCHA-250-${tag}`,
      `SENCHA-100-${tag}`,
    ]);

    const other = await createTestProduct(database.db, {});
    const foreign = await database.db.variant.findFirstOrThrow({
      where: { productId: other.id },
      select: { id: true },
    });
    const error = await save({
      productId: product.id,
      version: saved.product.version,
      draft: teaDraft({ variants: [{ ...swapped[0]!, id: foreign.id }] }),
    }).catch((caught: unknown) => caught);
    expect(isDomainError(error, "NOT_FOUND")).toBe(true);
  });
});
