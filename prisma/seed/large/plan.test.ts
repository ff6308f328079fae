import { describe, expect, it } from "vitest";
import { de } from "./families";
import { benchKey, createPlanner, type PlannerCategory } from "./plan";
import { toRows } from "./rows";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function category(key: string, parentKey: string | null, leaf: boolean, mediaIds: string[] = []) {
  return {
    id: `id-${key}`,
    key,
    parentKey,
    leaf,
    name: { fr: `Nom ${key}`, en: `Name ${key}` },
    mediaIds,
  } satisfies PlannerCategory;
}

/** A few categories shaped like the demo's: two trees, a childless top-level one, and one unknown key. */
const CATEGORIES: PlannerCategory[] = [
  category("cafe", null, false),
  category("cafe-grains", "cafe", true, ["media-coffee-1", "media-coffee-2"]),
  category("cafe-moulu", "cafe", true, ["media-coffee-2"]),
  category("art-de-la-table", null, false),
  category("tasses-theieres", "art-de-la-table", true, ["media-cup"]),
  category("vaisselle", "art-de-la-table", true),
  category("coffrets-cadeaux", null, true, ["media-gift"]),
  category("nouveautes", null, true),
];

function planner(taken = { fr: new Set<string>(), en: new Set<string>() }) {
  return createPlanner(CATEGORIES, taken);
}

describe("the large catalog's planner", () => {
  it("keys products by a zero-padded number", () => {
    expect(benchKey(123)).toBe("bench-000123");
  });

  it("names products in both languages with their number", () => {
    const plans = Array.from({ length: 40 }, (_, index) => planner().plan(index + 1));
    for (const plan of plans) {
      expect(plan.translations.fr.name).toMatch(
        new RegExp(`^\\p{Lu}.*, (lot|modèle|édition) ${plan.number}$`, "u"),
      );
      expect(plan.translations.en.name).toMatch(
        new RegExp(`^\\p{Lu}.*, (lot|model|edition) ${plan.number}$`, "u"),
      );
      for (const locale of ["fr", "en"] as const) {
        const translation = plan.translations[locale];
        expect(translation.slug).toMatch(SLUG);
        expect(translation.description.length).toBeGreaterThan(60);
        expect(translation.description).toMatch(/\*\*.+\*\*/);
        expect(translation.seoTitle).toContain(translation.name);
        expect(translation.seoDescription.length).toBeLessThanOrEqual(160);
      }
    }
    const coffee = plans.find((plan) => plan.categoryIds[0] === "id-cafe-grains");
    expect(coffee?.translations.fr.name).toMatch(/^Café (du|de|d’) .+, lot \d+$/);
    expect(coffee?.translations.en.name).toMatch(/ coffee, lot \d+$/);
  });

  it("gives the same number the same product", () => {
    const first = planner().plan(77);
    const again = planner().plan(77);
    expect(again).toEqual(first);
  });

  it("hands out slugs no other product has, in each language", () => {
    const shared = planner();
    const plans = Array.from({ length: 2000 }, (_, index) => shared.plan(index + 1));
    for (const locale of ["fr", "en"] as const) {
      const slugs = plans.map((plan) => plan.translations[locale].slug);
      expect(new Set(slugs).size).toBe(slugs.length);
    }
    const taken = { fr: new Set([planner().plan(5).translations.fr.slug]), en: new Set<string>() };
    const renamed = planner(taken).plan(5);
    expect(renamed.translations.fr.slug).toBe(`${[...taken.fr][0]}-2`);
  });

  it("gives 1 to 4 variants with unique SKUs, shop prices in cents and stock from 0 to 120", () => {
    const shared = planner();
    const plans = Array.from({ length: 1000 }, (_, index) => shared.plan(index + 1));
    const skus = plans.flatMap((plan) => plan.variants.map((variant) => variant.sku));
    expect(new Set(skus).size).toBe(skus.length);
    for (const plan of plans) {
      expect(plan.variants.length).toBeGreaterThanOrEqual(1);
      expect(plan.variants.length).toBeLessThanOrEqual(4);
      for (const variant of plan.variants) {
        expect(variant.sku).toMatch(/^BEN-\d{6}(-[A-Z0-9]+)*$/);
        expect(variant.priceAmount % 100).toBe(90);
        expect(variant.currency).toBe("EUR");
        expect(variant.stock).toBeGreaterThanOrEqual(0);
        expect(variant.stock).toBeLessThanOrEqual(120);
        if (variant.compareAtAmount !== null)
          expect(variant.compareAtAmount).toBeGreaterThan(variant.priceAmount);
        // One value per option, each among the option's listed values.
        expect(variant.values).toHaveLength(plan.options.length);
        variant.values.forEach((code, index) => {
          expect(plan.options[index]?.values.map((value) => value.code)).toContain(code);
        });
      }
      // An option lists only the values some variant uses.
      plan.options.forEach((option, index) => {
        for (const value of option.values) {
          expect(plan.variants.some((variant) => variant.values[index] === value.code)).toBe(true);
        }
      });
    }
    const stocks = plans.flatMap((plan) => plan.variants.map((variant) => variant.stock));
    expect(stocks.filter((stock) => stock === 0).length).toBeGreaterThan(0);
    expect(new Set(plans.map((plan) => plan.variants.length))).toEqual(new Set([1, 2, 3, 4]));
    // The demo's own value names: "250 g", "Moulu"/"Ground"...
    const names = plans.flatMap((plan) =>
      plan.options.flatMap((option) => option.values.map((v) => v.name.fr)),
    );
    expect(names).toEqual(expect.arrayContaining(["250 g", "1 kg", "Grains", "Moulu", "Sauge"]));
  });

  it("deals products to every leaf category and reuses an image filed nearby", () => {
    const shared = planner();
    const plans = Array.from({ length: 100 }, (_, index) => shared.plan(index + 1));
    const homes = new Set(plans.map((plan) => plan.categoryIds[0]));
    expect(homes).toEqual(new Set(CATEGORIES.filter((c) => c.leaf).map((c) => c.id)));
    expect(plans.some((plan) => plan.categoryIds.length === 2)).toBe(true);
    for (const plan of plans) {
      expect(new Set(plan.categoryIds).size).toBe(plan.categoryIds.length);
      if (plan.categoryIds[0] === "id-cafe-moulu") expect(plan.image.mediaId).toBe("media-coffee-2");
      // "vaisselle" has no demo image: it borrows one from its tree.
      if (plan.categoryIds[0] === "id-vaisselle") expect(plan.image.mediaId).toBe("media-cup");
    }
  });

  it("refuses to plan without categories or images", () => {
    expect(() => createPlanner([], { fr: new Set(), en: new Set() })).toThrow(/categories/);
    const bare = CATEGORIES.map((category) => ({ ...category, mediaIds: [] }));
    expect(() => createPlanner(bare, { fr: new Set(), en: new Set() })).toThrow(/images/);
  });
});

describe("rows of the large catalog", () => {
  it("link every child row to its parent and number category positions after existing ones", () => {
    const shared = planner();
    const plans = Array.from({ length: 50 }, (_, index) => shared.plan(index + 1));
    let id = 0;
    const positions = new Map<string, number>([["id-cafe-grains", 10]]);
    const rows = toRows(
      plans,
      (categoryId) => {
        const position = positions.get(categoryId) ?? 0;
        positions.set(categoryId, position + 1);
        return position;
      },
      () => `id${id++}`,
    );
    expect(rows.products).toHaveLength(50);
    expect(rows.productTranslations).toHaveLength(100);
    expect(rows.images).toHaveLength(50);
    expect(rows.imageTranslations).toHaveLength(100);
    const productIds = new Set(rows.products.map((row) => row.id));
    for (const row of [...rows.productTranslations, ...rows.variants, ...rows.options, ...rows.images]) {
      expect(productIds.has(row.productId)).toBe(true);
    }
    const valueIds = new Set(rows.optionValues.map((row) => row.id));
    const variantIds = new Set(rows.variants.map((row) => row.id));
    for (const link of rows.variantOptionValues) {
      expect(valueIds.has(link.optionValueId)).toBe(true);
      expect(variantIds.has(link.variantId)).toBe(true);
    }
    const grains = rows.productCategories.filter((row) => row.categoryId === "id-cafe-grains");
    expect(grains.map((row) => row.position)).toEqual(grains.map((_, index) => 10 + index));
  });
});

describe("de()", () => {
  it("elides before a vowel or a mute h", () => {
    expect(de("caramel")).toBe("de caramel");
    expect(de("agrumes")).toBe("d’agrumes");
    expect(de("herbe fraîche")).toBe("d’herbe fraîche");
    expect(de("épices douces")).toBe("d’épices douces");
  });
});
