import { describe, expect, it } from "vitest";
import { draftFromValues, emptyProductValues, formFieldOf, valuesFromForm } from "./product-form-values";

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}

describe("the product editor's form", () => {
  it("turns the typed text into the procedure's input: slugs from names, amounts in cents, French values reused", () => {
    const values = valuesFromForm(
      form({
        version: "v1",
        status: "ACTIVE",
        featured: "yes",
        "fr.name": "Thé vert à la menthe",
        "fr.slug": "",
        "en.name": "Mint green tea",
        "en.slug": "mint-tea",
        categoryIds: ["c1", "c2"],
        "options.0.fr": "Format",
        "options.0.en": "",
        variantRows: "3",
        "variants.0.id": "v-old",
        "variants.0.sku": "MINT-100",
        "variants.0.values.0.fr": "100 g",
        "variants.0.price": "12,50",
        "variants.0.compareAt": "",
        "variants.0.stock": "7",
        "variants.0.stockSeen": "5",
        "variants.1.id": "v-gone",
        "variants.1.sku": "MINT-50",
        "variants.1.remove": "yes",
        "variants.2.sku": "MINT-250",
        "variants.2.values.0.fr": "250 g",
        "variants.2.values.0.en": "250 grams",
        "variants.2.price": "25",
        "variants.2.stock": "",
        "variants.2.weight": "260",
      }),
    );
    // The last row was filled in: a fresh empty row follows it.
    expect(values.variants).toHaveLength(4);
    const draft = draftFromValues(values, "EUR");
    expect(draft.input).toMatchObject({
      status: "ACTIVE",
      featured: true,
      translations: { fr: { slug: "the-vert-a-la-menthe" }, en: { slug: "mint-tea" } },
      categoryIds: ["c1", "c2"],
      options: [{ name: { fr: "Format", en: "Format" } }],
      variants: [
        {
          id: "v-old",
          sku: "MINT-100",
          values: [{ fr: "100 g", en: "100 g" }],
          priceAmount: 1250,
          stock: 7,
          stockSeen: 5,
        },
        {
          id: null,
          sku: "MINT-250",
          values: [{ fr: "250 g", en: "250 grams" }],
          priceAmount: 2500,
          stock: 0,
          stockSeen: null,
          weightGrams: 260,
        },
      ],
    });
    expect(draft.rowOf).toEqual([0, 2]);
  });

  it("sends unreadable amounts as NaN for the procedure to refuse, and ignores the untouched new row", () => {
    const values = emptyProductValues();
    values.variants = [
      { ...values.variants[0]!, sku: "X", price: "douze", stock: "-3" },
      values.variants[0]!,
    ];
    const draft = draftFromValues(values, "EUR");
    expect(draft.input.variants).toHaveLength(1);
    expect(draft.input.variants[0]!.priceAmount).toBeNaN();
    expect(draft.input.variants[0]!.stock).toBeNaN();
  });

  it("puts each error of the procedure next to the field of the form row it is about", () => {
    const rows = { rowOf: [0, 2], optionRowOf: [1] };
    expect(formFieldOf("translations.en.slug", rows)).toBe("en.slug");
    expect(formFieldOf("variants.1.priceAmount", rows)).toBe("variants.2.price");
    expect(formFieldOf("variants.1.values.0.en", rows)).toBe("variants.2.values.1.en");
    expect(formFieldOf("variants.0.values", rows)).toBe("variants.0.values");
    expect(formFieldOf("options.0.name.fr", rows)).toBe("options.1.fr");
    expect(formFieldOf("variants", rows)).toBe("variants");
    expect(formFieldOf("categoryIds", rows)).toBe("categoryIds");
    expect(formFieldOf("somethingElse", rows)).toBe("_");
  });
});
