// Reads an uploaded products CSV into product drafts, row by row, naming every problem by its row
// and column. Nothing here touches the database: the drafts are then checked against the catalog
// (check-import.ts) and written only when no problem is left (run-catalog-import.ts).
import type { ProductStatus } from "@comptoir/db";
import { parse } from "csv-parse/sync";
import { slugify } from "@comptoir/validators/slug";
import { checkProductDraft, type DraftVariant, type ProductDraft } from "../product-draft";
import {
  CSV_COLUMNS,
  LIST_SEPARATOR,
  minorUnitsOf,
  OPTION_SLOTS,
  PRODUCT_COLUMNS,
  type CsvColumn,
  type CsvRow,
} from "./columns";

/** A problem of the file: `row` is the line number a spreadsheet shows (the header is line 1). */
export interface ImportProblem {
  row: number;
  column: string;
  /** A translation key of the errors namespace. */
  message: string;
}

export interface ImportedProduct {
  key: string;
  draft: ProductDraft;
  /** Category keys, resolved to ids against the catalog. */
  categoryKeys: string[];
  /** The line of the product's first row, and of each variant's row. */
  line: number;
  variantLines: number[];
}

export const CSV_MESSAGES = {
  header: "validation.csv_header",
  empty: "validation.csv_empty",
  unreadable: "validation.csv_unreadable",
  mismatch: "validation.csv_product_mismatch",
  status: "validation.csv_status",
  boolean: "validation.csv_boolean",
  key: "validation.csv_key",
} as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SKU = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const STATUSES: readonly ProductStatus[] = ["DRAFT", "ACTIVE", "ARCHIVED"];

/** The draft's own problem paths, as the CSV's columns. */
function columnOfDraftPath(path: (string | number)[]): { variant: number | null; column: string } {
  const [head, index, field, optionIndex, locale] = path;
  // ["options", 0, "name", "en"] and ["variants", 2, "values", 0, "fr"].
  if (head === "options")
    return { variant: null, column: `option${Number(index) + 1}_${String(optionIndex ?? "fr")}` };
  if (head !== "variants" || index === undefined) return { variant: null, column: "sku" };
  const variant = Number(index);
  if (field === "values") {
    return {
      variant,
      column:
        optionIndex === undefined ? "value1_fr" : `value${Number(optionIndex) + 1}_${String(locale ?? "fr")}`,
    };
  }
  const columns: Record<string, string> = {
    sku: "sku",
    compareAtAmount: "compare_at_price",
    priceAmount: "price",
  };
  return { variant, column: columns[String(field)] ?? "sku" };
}

export function readImportRows(
  text: string,
  currency: string,
): { products: ImportedProduct[]; problems: ImportProblem[]; rowCount: number } {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: false });
  } catch {
    return {
      products: [],
      problems: [{ row: 1, column: "", message: CSV_MESSAGES.unreadable }],
      rowCount: 0,
    };
  }
  const [header, ...lines] = records;
  const names = (header ?? []).map((name) => name.trim().toLowerCase());
  const missing = CSV_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    return {
      products: [],
      problems: missing.map((column) => ({ row: 1, column, message: CSV_MESSAGES.header })),
      rowCount: 0,
    };
  }
  if (lines.length === 0)
    return { products: [], problems: [{ row: 2, column: "", message: CSV_MESSAGES.empty }], rowCount: 0 };
  const rows = lines.map(
    (cells) =>
      Object.fromEntries(
        CSV_COLUMNS.map((column) => [column, (cells[names.indexOf(column)] ?? "").trim()]),
      ) as CsvRow,
  );
  const problems: ImportProblem[] = [];
  const groups = new Map<string, { line: number; row: CsvRow }[]>();
  rows.forEach((row, index) => {
    const line = index + 2;
    if (!SLUG.test(row.key)) {
      problems.push({
        row: line,
        column: "key",
        message: row.key ? CSV_MESSAGES.key : "validation.required",
      });
      return;
    }
    const group = groups.get(row.key) ?? [];
    group.push({ line, row });
    groups.set(row.key, group);
  });
  const products: ImportedProduct[] = [];
  for (const [key, group] of groups) {
    const product = readProduct(key, group, currency, problems);
    if (product) products.push(product);
  }
  return { products, problems, rowCount: rows.length };
}

function readProduct(
  key: string,
  group: { line: number; row: CsvRow }[],
  currency: string,
  problems: ImportProblem[],
): ImportedProduct | null {
  const first = group[0]!;
  const before = problems.length;
  const problem = (line: number, column: string, message: string) =>
    problems.push({ row: line, column, message });
  // Later rows repeat the product's columns or leave them empty; anything else is a contradiction.
  for (const { line, row } of group.slice(1)) {
    for (const column of PRODUCT_COLUMNS) {
      if (column !== "key" && row[column] !== "" && row[column] !== first.row[column])
        problem(line, column, CSV_MESSAGES.mismatch);
    }
  }
  const head = first.row;
  const status = head.status.toUpperCase() as ProductStatus;
  if (!STATUSES.includes(status))
    problem(first.line, "status", head.status ? CSV_MESSAGES.status : "validation.required");
  const featured = /^(yes|oui|true|1)$/i.test(head.featured);
  if (head.featured && !featured && !/^(no|non|false|0)$/i.test(head.featured))
    problem(first.line, "featured", CSV_MESSAGES.boolean);
  const texts = (locale: "fr" | "en") => {
    const name = head[`name_${locale}`];
    const slug = head[`slug_${locale}`] || slugify(name);
    if (!name) problem(first.line, `name_${locale}`, "validation.required");
    else if (name.length > 200) problem(first.line, `name_${locale}`, "validation.too_long");
    if (name && !SLUG.test(slug)) problem(first.line, `slug_${locale}`, "validation.slug");
    return {
      name,
      slug,
      description: head[`description_${locale}`],
      seoTitle: head[`seo_title_${locale}`] || null,
      seoDescription: head[`seo_description_${locale}`] || null,
    };
  };
  const translations = { fr: texts("fr"), en: texts("en") };
  const slots = OPTION_SLOTS.filter((n) => head[`option${n}_fr` as CsvColumn] !== "");
  const options = slots.map((n) => {
    const fr = head[`option${n}_fr` as CsvColumn];
    return { name: { fr, en: head[`option${n}_en` as CsvColumn] || fr } };
  });
  const variantRows = group.filter(({ row }) => row.sku !== "" || row.price !== "");
  const variants: DraftVariant[] = variantRows.map(({ line, row }) => {
    if (!SKU.test(row.sku) || row.sku.length > 64)
      problem(line, "sku", row.sku ? "validation.sku" : "validation.required");
    const amount = (column: "price" | "compare_at_price") => {
      const text = row[column].replace(",", ".");
      if (!/^\d{1,9}(\.\d+)?$/.test(text)) {
        if (text !== "" || column === "price")
          problem(line, column, text ? "validation.number" : "validation.required");
        return null;
      }
      const value = Math.round(Number(text) * minorUnitsOf(currency));
      if (Math.abs(value - Number(text) * minorUnitsOf(currency)) > 1e-6)
        problem(line, column, "validation.number");
      return value;
    };
    const whole = (column: "stock" | "weight_grams", fallback: number | null) => {
      if (row[column] === "") return fallback;
      if (!/^\d{1,7}$/.test(row[column])) {
        problem(line, column, "validation.number");
        return fallback;
      }
      return Number(row[column]);
    };
    return {
      id: null,
      sku: row.sku,
      values: slots.map((n) => {
        const fr = row[`value${n}_fr` as CsvColumn];
        return { fr, en: row[`value${n}_en` as CsvColumn] || fr };
      }),
      priceAmount: amount("price") ?? 0,
      compareAtAmount: amount("compare_at_price"),
      stock: whole("stock", 0) ?? 0,
      stockSeen: null,
      weightGrams: whole("weight_grams", null),
    };
  });
  variants.forEach((variant, index) =>
    variant.values.forEach((value, optionIndex) => {
      if (!value.fr)
        problem(
          variantRows[index]!.line,
          `value${slots[optionIndex]}_fr`,
          "validation.option_value_required",
        );
    }),
  );
  const draft: ProductDraft = { status, featured, translations, categoryIds: [], options, variants };
  if (problems.length === before) {
    for (const found of checkProductDraft(draft)) {
      const { variant, column } = columnOfDraftPath(found.path);
      problem(
        variant === null ? first.line : (variantRows[variant]?.line ?? first.line),
        column,
        found.message,
      );
    }
  }
  return {
    key,
    draft,
    categoryKeys: head.categories
      .split(LIST_SEPARATOR)
      .map((item) => item.trim())
      .filter(Boolean),
    line: first.line,
    variantLines: variantRows.map(({ line }) => line),
  };
}
