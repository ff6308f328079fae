import { describe, expect, it } from "vitest";
import { checkProductDraft, type ProductDraft } from "./product-draft";

const texts = { name: "Thé", slug: "the", description: "", seoTitle: null, seoDescription: null };
const variant = (sku: string, fr: string, en = fr) => ({
  id: null,
  sku,
  values: [{ fr, en }],
  priceAmount: 1000,
  compareAtAmount: null,
  stock: 1,
  stockSeen: null,
  weightGrams: null,
});
const draft = (overrides: Partial<ProductDraft>): ProductDraft => ({
  status: "DRAFT",
  featured: false,
  translations: { fr: texts, en: texts },
  categoryIds: [],
  options: [{ name: { fr: "Format", en: "Size" } }],
  variants: [variant("A", "Petit", "Small")],
  ...overrides,
});
const problemsOf = (value: ProductDraft) =>
  checkProductDraft(value).map((problem) => `${problem.path.join(".")}: ${problem.message}`);

describe("checkProductDraft", () => {
  it("accepts a product without options, and one option value shared by several variants", () => {
    expect(problemsOf(draft({ options: [], variants: [{ ...variant("A", ""), values: [] }] }))).toEqual([]);
    const twoOptions = draft({
      options: [{ name: { fr: "Format", en: "Size" } }, { name: { fr: "Couleur", en: "Colour" } }],
      variants: [
        {
          ...variant("A", ""),
          values: [
            { fr: "Petit", en: "Small" },
            { fr: "Rouge", en: "Red" },
          ],
        },
        {
          ...variant("B", ""),
          values: [
            { fr: "petit ", en: "small" },
            { fr: "Bleu", en: "Blue" },
          ],
        },
      ],
    });
    expect(problemsOf(twoOptions)).toEqual([]);
  });

  it("refuses two options of the same name, in any language", () => {
    expect(
      problemsOf(
        draft({
          options: [{ name: { fr: "Format", en: "Size" } }, { name: { fr: "Taille", en: "size" } }],
          variants: [],
        }),
      ),
    ).toEqual(["options.1.name.en: validation.option_duplicate"]);
  });

  it("refuses a variant missing a value, one value named two ways, twice the same variant, twice a SKU", () => {
    expect(
      problemsOf(
        draft({
          variants: [
            variant("A", "Petit", "Small"),
            variant("B", "Petit", "Little"),
            variant("A", "Grand", "Large"),
            { ...variant("C", ""), values: [] },
          ],
        }),
      ),
    ).toEqual([
      "variants.1.values.0.en: validation.option_value_translation",
      "variants.1.values: validation.variant_duplicate",
      "variants.3.values: validation.option_value_required",
      "variants.2.sku: validation.sku_duplicate",
    ]);
  });

  it("wants a compare-at price above the price, and a variant before the product goes on sale", () => {
    expect(problemsOf(draft({ variants: [{ ...variant("A", "Petit"), compareAtAmount: 1000 }] }))).toEqual([
      "variants.0.compareAtAmount: validation.compare_at_price",
    ]);
    expect(problemsOf(draft({ status: "ACTIVE", options: [], variants: [] }))).toEqual([
      "variants: validation.variant_required",
    ]);
    expect(problemsOf(draft({ status: "DRAFT", options: [], variants: [] }))).toEqual([]);
  });
});
