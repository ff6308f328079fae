// What staff submit when they create or edit a product, and the rules it must follow before
// anything is written. Pure: the API's input schema runs these checks so that every problem comes
// back at once, each on its own field, and save-product.ts adds the ones that need the database.
import type { ProductStatus } from "@comptoir/db";
import { LOCALES, type Locale } from "@comptoir/validators";

export type Localized<T> = Record<Locale, T>;

export interface DraftTexts {
  name: string;
  slug: string;
  /** Markdown, rendered sanitized on the storefront. */
  description: string;
  seoTitle: string | null;
  seoDescription: string | null;
}

/** An option (size, colour...): its name in each language. Its values come from the variants. */
export interface DraftOption {
  name: Localized<string>;
}

export interface DraftVariant {
  /** The existing variant this row edits; null for a new one. */
  id: string | null;
  sku: string;
  /** One value per option, in the options' order, named in each language. */
  values: Localized<string>[];
  priceAmount: number;
  compareAtAmount: number | null;
  stock: number;
  /**
   * The stock the form showed. Sales go on while staff edit: the difference between what they
   * saw and what they typed is applied, so units sold meanwhile are not put back on sale.
   */
  stockSeen: number | null;
  weightGrams: number | null;
}

export interface ProductDraft {
  status: ProductStatus;
  featured: boolean;
  translations: Localized<DraftTexts>;
  categoryIds: string[];
  options: DraftOption[];
  variants: DraftVariant[];
}

/** A problem on one field of the draft; `message` is a translation key of the errors namespace. */
export interface DraftProblem {
  path: (string | number)[];
  message: string;
}

export const DRAFT_MESSAGES = {
  optionDuplicate: "validation.option_duplicate",
  valueCount: "validation.option_value_required",
  valueTranslation: "validation.option_value_translation",
  combinationDuplicate: "validation.variant_duplicate",
  skuDuplicate: "validation.sku_duplicate",
  compareAtPrice: "validation.compare_at_price",
  variantRequired: "validation.variant_required",
} as const;

const fold = (text: string) => text.trim().toLocaleLowerCase("fr");

function checkOptions(draft: ProductDraft, problems: DraftProblem[]) {
  for (const locale of LOCALES) {
    const seen = new Set<string>();
    draft.options.forEach((option, index) => {
      const name = fold(option.name[locale]);
      if (seen.has(name))
        problems.push({ path: ["options", index, "name", locale], message: DRAFT_MESSAGES.optionDuplicate });
      seen.add(name);
    });
  }
}

function checkVariantValues(draft: ProductDraft, problems: DraftProblem[]) {
  // Per option, the French name identifies a value; each of its other names must agree everywhere.
  const namesByOption = draft.options.map(() => new Map<string, Localized<string>>());
  const combinations = new Set<string>();
  draft.variants.forEach((variant, index) => {
    if (variant.values.length !== draft.options.length) {
      problems.push({ path: ["variants", index, "values"], message: DRAFT_MESSAGES.valueCount });
      return;
    }
    variant.values.forEach((value, optionIndex) => {
      const names = namesByOption[optionIndex]!;
      const known = names.get(fold(value.fr));
      if (!known) names.set(fold(value.fr), value);
      else {
        for (const locale of LOCALES) {
          if (fold(known[locale]) !== fold(value[locale])) {
            problems.push({
              path: ["variants", index, "values", optionIndex, locale],
              message: DRAFT_MESSAGES.valueTranslation,
            });
          }
        }
      }
    });
    const combination = variant.values.map((value) => fold(value.fr)).join("\u0000");
    if (combinations.has(combination)) {
      problems.push({ path: ["variants", index, "values"], message: DRAFT_MESSAGES.combinationDuplicate });
    }
    combinations.add(combination);
  });
}

function checkVariantFields(draft: ProductDraft, problems: DraftProblem[]) {
  const skus = new Set<string>();
  draft.variants.forEach((variant, index) => {
    if (skus.has(variant.sku))
      problems.push({ path: ["variants", index, "sku"], message: DRAFT_MESSAGES.skuDuplicate });
    skus.add(variant.sku);
    if (variant.compareAtAmount !== null && variant.compareAtAmount <= variant.priceAmount) {
      problems.push({ path: ["variants", index, "compareAtAmount"], message: DRAFT_MESSAGES.compareAtPrice });
    }
  });
  if (draft.status === "ACTIVE" && draft.variants.length === 0) {
    problems.push({ path: ["variants"], message: DRAFT_MESSAGES.variantRequired });
  }
}

/** Every rule of a product draft that needs no database; an empty list means it may be saved. */
export function checkProductDraft(draft: ProductDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  checkOptions(draft, problems);
  checkVariantValues(draft, problems);
  checkVariantFields(draft, problems);
  return problems;
}
