import { describe, expect, it } from "vitest";
import { buildCatalog } from "./catalog";
import { seoDescriptionOf } from "./texts";
import { CATEGORIES, PRODUCTS } from "./data";
import type { ProductData } from "./types";

describe("the demo catalog", () => {
  const catalog = buildCatalog();
  const variants = catalog.products.flatMap((product) => product.variants);

  it("is large enough to demo every page", () => {
    expect(catalog.categories.length).toBeGreaterThanOrEqual(7);
    expect(catalog.products.length).toBeGreaterThanOrEqual(64);
    const featured = catalog.products.filter((product) => product.featured && product.status === "ACTIVE");
    expect(featured.length).toBeGreaterThanOrEqual(10);
    expect(featured.length).toBeLessThanOrEqual(14);
    expect(catalog.products.filter((product) => product.status === "DRAFT")).toHaveLength(2);
    expect(catalog.products.filter((product) => product.status === "ARCHIVED")).toHaveLength(1);
  });

  it("has readable, unique SKUs and realistic prices and stock", () => {
    expect(new Set(variants.map((variant) => variant.sku)).size).toBe(variants.length);
    for (const variant of variants) {
      expect(variant.sku).toMatch(/^[A-Z]{3}-[A-Z0-9]+(?:-[A-Z0-9]+)*$/);
      expect(variant.priceAmount).toBeGreaterThanOrEqual(690);
      expect(variant.priceAmount).toBeLessThanOrEqual(8900);
      expect(variant.weightGrams).toBeGreaterThan(0);
    }
    expect(variants.filter((variant) => variant.stock === 0).length).toBeGreaterThanOrEqual(3);
    expect(
      variants.filter((variant) => variant.stock >= 1 && variant.stock <= 5).length,
    ).toBeGreaterThanOrEqual(3);
    expect(variants.filter((variant) => variant.compareAtAmount !== null).length).toBeGreaterThanOrEqual(3);
  });

  it("names the options of a variant in both languages", () => {
    const coffee = catalog.products.find((product) => product.key === "cafe-colombie-huila");
    expect(coffee?.options.map((option) => option.name)).toEqual([
      { fr: "Poids", en: "Weight" },
      { fr: "Mouture", en: "Grind" },
    ]);
    expect(coffee?.variants.map((variant) => variant.sku)).toEqual([
      "CAF-COL-250-G",
      "CAF-COL-250-M",
      "CAF-COL-1000-G",
    ]);
  });

  it("derives short SEO descriptions and image alternatives", () => {
    for (const product of catalog.products) {
      for (const locale of ["fr", "en"] as const) {
        const translation = product.translations[locale];
        expect(translation.seoTitle.length).toBeLessThanOrEqual(60);
        // The same ending as the pages' own titles (common.json's pageTitle).
        expect(translation.seoTitle).toMatch(/^\S.* — Comptoir$/);
        expect(translation.seoDescription.length).toBeGreaterThan(20);
        expect(translation.seoDescription.length).toBeLessThanOrEqual(160);
        expect(translation.seoDescription).not.toContain("**");
      }
      expect(product.images.length).toBeGreaterThanOrEqual(1);
      expect(product.images.length).toBeLessThanOrEqual(2);
    }
    const coffee = catalog.products.find((product) => product.key === "cafe-colombie-huila");
    expect(coffee?.images[0]?.alt).toEqual({
      fr: "Sachet de Café de Colombie, Huila",
      en: "Bag of Colombian Coffee, Huila",
    });
  });

  it("cuts an overlong first sentence on a word", () => {
    const text = `${"Un très long paragraphe ".repeat(10)}sans point.`;
    const cut = seoDescriptionOf(text);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut.endsWith("…")).toBe(true);
  });

  it("refuses inconsistent data", () => {
    const first = PRODUCTS[0] as ProductData;
    const broken: ProductData[] = [
      { ...first, categories: ["nowhere"] },
      { ...first, key: "second", sku: first.sku },
      {
        ...first,
        key: "priceless",
        sku: "XXX-ZZZ",
        variants: [{ values: ["250g", "grains"], price: 0, stock: 1 }],
      },
    ];
    expect(() => buildCatalog(CATEGORIES, broken)).toThrow(
      /unknown category "nowhere"[\s\S]*SKU CAF-COL-250-G is already used[\s\S]*price 0/,
    );
  });
});
