// The product editor's form, field by field, as text. The page is a plain HTML form (it works
// without JavaScript), so everything travels as strings: these functions turn a product into the
// form's values, the submitted form back into values (to show it again with its errors), and the
// values into the procedure's input, keeping track of which form row each variant came from so
// that an error lands next to the field that caused it.
import { currencyDigits } from "@comptoir/i18n";
import { slugify } from "@comptoir/validators/slug";
import type { catalogAdmin } from "@comptoir/api";
import { parseMajorAmount } from "./money-input";

export const EDITOR_LOCALES = ["fr", "en"] as const;
type EditorLocale = (typeof EDITOR_LOCALES)[number];
export const MAX_OPTIONS = 3;
export const TEXT_FIELDS = ["name", "slug", "description", "seoTitle", "seoDescription"] as const;
type TextField = (typeof TEXT_FIELDS)[number];

export interface VariantRow {
  id: string;
  sku: string;
  values: Record<EditorLocale, string>[];
  price: string;
  compareAt: string;
  stock: string;
  /** The stock shown when the form was made (see core's DraftVariant.stockSeen). */
  stockSeen: string;
  weight: string;
  remove: boolean;
}

export interface ProductFormValues {
  version: string;
  status: string;
  featured: boolean;
  texts: Record<EditorLocale, Record<TextField, string>>;
  categoryIds: string[];
  /** Always MAX_OPTIONS rows; empty ones are not options. */
  options: Record<EditorLocale, string>[];
  /** The product's variants, then one empty row to add a variant. */
  variants: VariantRow[];
}

const emptyPair = () => ({ fr: "", en: "" });

function blankVariant(): VariantRow {
  return {
    id: "",
    sku: "",
    values: [],
    price: "",
    compareAt: "",
    stock: "0",
    stockSeen: "",
    weight: "",
    remove: false,
  };
}

/** An amount as staff type it: "12,50" in French, "12.50" in English (both are read back). */
function majorText(amount: number | null, currency: string, locale: EditorLocale): string {
  if (amount === null) return "";
  const text = (amount / 10 ** currencyDigits(currency)).toFixed(currencyDigits(currency));
  return locale === "fr" ? text.replace(".", ",") : text;
}

export function emptyProductValues(): ProductFormValues {
  return {
    version: "",
    status: "DRAFT",
    featured: false,
    texts: {
      fr: { name: "", slug: "", description: "", seoTitle: "", seoDescription: "" },
      en: { name: "", slug: "", description: "", seoTitle: "", seoDescription: "" },
    },
    categoryIds: [],
    options: Array.from({ length: MAX_OPTIONS }, emptyPair),
    variants: [blankVariant()],
  };
}

export function valuesFromProduct(
  product: catalogAdmin.ProductForEditing,
  locale: EditorLocale = "fr",
): ProductFormValues {
  const texts = (locale: EditorLocale) => {
    const source = product.translations[locale];
    return {
      name: source.name,
      slug: source.slug,
      description: source.description,
      seoTitle: source.seoTitle ?? "",
      seoDescription: source.seoDescription ?? "",
    };
  };
  return {
    version: product.version,
    status: product.status,
    featured: product.featured,
    texts: { fr: texts("fr"), en: texts("en") },
    categoryIds: product.categoryIds,
    options: Array.from({ length: MAX_OPTIONS }, (_, index) => {
      const option = product.options[index];
      return option ? { fr: option.name.fr, en: option.name.en } : emptyPair();
    }),
    variants: [
      ...product.variants.map((variant) => ({
        id: variant.id,
        sku: variant.sku,
        values: variant.values.map((value) => ({ fr: value.fr, en: value.en })),
        price: majorText(variant.priceAmount, variant.currency, locale),
        compareAt: majorText(variant.compareAtAmount, variant.currency, locale),
        stock: String(variant.stock),
        stockSeen: String(variant.stock),
        weight: variant.weightGrams === null ? "" : String(variant.weightGrams),
        remove: false,
      })),
      blankVariant(),
    ],
  };
}

export function valuesFromForm(form: FormData): ProductFormValues {
  const text = (name: string) => String(form.get(name) ?? "");
  const rowCount = Math.min(101, Number.parseInt(text("variantRows"), 10) || 0);
  const variants: VariantRow[] = Array.from({ length: rowCount }, (_, row) => {
    const field = (name: string) => text(`variants.${row}.${name}`);
    return {
      id: field("id"),
      sku: field("sku"),
      values: Array.from({ length: MAX_OPTIONS }, (_, option) => ({
        fr: field(`values.${option}.fr`),
        en: field(`values.${option}.en`),
      })),
      price: field("price"),
      compareAt: field("compareAt"),
      stock: field("stock"),
      stockSeen: field("stockSeen"),
      weight: field("weight"),
      remove: form.get(`variants.${row}.remove`) === "yes",
    };
  });
  // Keep one empty row at the end to add a variant.
  if (!variants.some(isBlank)) variants.push(blankVariant());
  const texts = (locale: EditorLocale) =>
    Object.fromEntries(TEXT_FIELDS.map((name) => [name, text(`${locale}.${name}`)])) as Record<
      TextField,
      string
    >;
  return {
    version: text("version"),
    status: text("status"),
    featured: form.get("featured") === "yes",
    texts: { fr: texts("fr"), en: texts("en") },
    categoryIds: form.getAll("categoryIds").map(String),
    options: Array.from({ length: MAX_OPTIONS }, (_, index) => ({
      fr: text(`options.${index}.fr`),
      en: text(`options.${index}.en`),
    })),
    variants,
  };
}

/** A new row nobody typed in is not a variant. */
function isBlank(variant: VariantRow): boolean {
  return (
    variant.id === "" &&
    variant.sku.trim() === "" &&
    variant.price.trim() === "" &&
    variant.values.every((value) => value.fr.trim() === "" && value.en.trim() === "")
  );
}

/** Options are the rows with a name; a French name alone names the option in English too. */
function filledOptions(values: ProductFormValues): number[] {
  return values.options.flatMap((option, index) => (option.fr.trim() || option.en.trim() ? [index] : []));
}

/** A typed amount in minor units; NaN (refused by the procedure as "not a number") when unreadable. */
function amountOf(text: string, currency: string): number {
  return parseMajorAmount(text, currency) ?? Number.NaN;
}

function wholeOf(text: string): number {
  return /^\s*\d{1,9}\s*$/.test(text) ? Number(text) : Number.NaN;
}

export interface DraftInput {
  input: {
    status: "DRAFT" | "ACTIVE" | "ARCHIVED";
    featured: boolean;
    translations: Record<EditorLocale, Record<TextField, string>>;
    categoryIds: string[];
    options: { name: Record<EditorLocale, string> }[];
    variants: {
      id: string | null;
      sku: string;
      values: Record<EditorLocale, string>[];
      priceAmount: number;
      compareAtAmount: number | null;
      stock: number;
      stockSeen: number | null;
      weightGrams: number | null;
    }[];
  };
  /** The form row of each variant of the input. */
  rowOf: number[];
  /** The form row of each option of the input. */
  optionRowOf: number[];
}

export function draftFromValues(values: ProductFormValues, currency: string): DraftInput {
  const optionRows = filledOptions(values);
  const rowOf: number[] = [];
  const variants = values.variants.flatMap((variant, row) => {
    if (variant.remove || isBlank(variant)) return [];
    rowOf.push(row);
    return [
      {
        id: variant.id || null,
        sku: variant.sku,
        // A value typed in French only is the same word in English (sizes, grams...).
        values: optionRows.map((option) => {
          const value = variant.values[option] ?? emptyPair();
          return { fr: value.fr, en: value.en.trim() || value.fr };
        }),
        priceAmount: amountOf(variant.price, currency),
        compareAtAmount: variant.compareAt.trim() === "" ? null : amountOf(variant.compareAt, currency),
        stock: wholeOf(variant.stock || "0"),
        stockSeen: variant.id && variant.stockSeen !== "" ? wholeOf(variant.stockSeen) : null,
        weightGrams: variant.weight.trim() === "" ? null : wholeOf(variant.weight),
      },
    ];
  });
  const translations = Object.fromEntries(
    EDITOR_LOCALES.map((locale) => {
      const texts = values.texts[locale];
      // An empty slug is made from the name: most staff never need to think about URLs.
      return [locale, { ...texts, slug: texts.slug.trim() || slugify(texts.name) }];
    }),
  ) as DraftInput["input"]["translations"];
  return {
    input: {
      status: values.status as DraftInput["input"]["status"],
      featured: values.featured,
      translations,
      categoryIds: values.categoryIds,
      options: optionRows.map((row) => {
        const option = values.options[row]!;
        return { name: { fr: option.fr, en: option.en.trim() || option.fr } };
      }),
      variants,
    },
    rowOf,
    optionRowOf: optionRows,
  };
}

const VARIANT_FIELDS: Record<string, string> = {
  sku: "sku",
  priceAmount: "price",
  compareAtAmount: "compareAt",
  stock: "stock",
  stockSeen: "stock",
  weightGrams: "weight",
};

/**
 * The form field a procedure's error path is about ("variants.0.priceAmount" -> the price of the
 * variant's form row), or "_" for errors about the whole form.
 */
export function formFieldOf(path: string, draft: Pick<DraftInput, "rowOf" | "optionRowOf">): string {
  const parts = path.split(".");
  if (parts[0] === "translations" && parts[1] && parts[2]) return `${parts[1]}.${parts[2]}`;
  if (parts[0] === "options" && parts[1]) {
    const row = draft.optionRowOf[Number(parts[1])] ?? 0;
    return `options.${row}.${parts[3] ?? "fr"}`;
  }
  if (parts[0] === "variants" && parts[1] !== undefined) {
    const row = draft.rowOf[Number(parts[1])];
    if (row === undefined) return "variants";
    if (parts[2] === "values") {
      if (parts[3] === undefined) return `variants.${row}.values`;
      const option = draft.optionRowOf[Number(parts[3])] ?? 0;
      return `variants.${row}.values.${option}.${parts[4] ?? "fr"}`;
    }
    return `variants.${row}.${VARIANT_FIELDS[parts[2] ?? ""] ?? "sku"}`;
  }
  if (parts[0] === "variants") return "variants";
  if (parts[0] === "categoryIds") return "categoryIds";
  if (parts[0] === "status") return "status";
  return "_";
}
