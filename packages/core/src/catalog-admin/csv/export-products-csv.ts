// Every product and variant as CSV, the format the import reads back: an export, edited in a
// spreadsheet and imported again, changes only what was edited. Products are read in batches so
// that a large catalog is never held in memory whole.
import type { Db } from "@comptoir/db";
import { stringify } from "csv-stringify/sync";
import { CSV_COLUMNS, LIST_SEPARATOR, minorUnitsOf, OPTION_SLOTS, type CsvRow } from "./columns";

const BATCH = 500;

type Named = { locale: string; name: string }[];
const nameIn = (rows: Named, locale: string) => rows.find((row) => row.locale === locale)?.name ?? "";

function amountText(amount: number | null, currency: string): string {
  if (amount === null) return "";
  const unit = minorUnitsOf(currency);
  return unit === 1 ? String(amount) : (amount / unit).toFixed(Math.log10(unit));
}

async function batchOf(db: Db, afterKey: string | null) {
  return db.product.findMany({
    where: afterKey ? { key: { gt: afterKey } } : {},
    orderBy: { key: "asc" },
    take: BATCH,
    select: {
      key: true,
      status: true,
      featured: true,
      translations: true,
      categories: { select: { category: { select: { key: true } } }, orderBy: { category: { key: "asc" } } },
      options: {
        orderBy: { position: "asc" },
        select: {
          translations: { select: { locale: true, name: true } },
          values: { select: { id: true, translations: { select: { locale: true, name: true } } } },
        },
      },
      variants: {
        orderBy: { position: "asc" },
        select: {
          sku: true,
          priceAmount: true,
          compareAtAmount: true,
          currency: true,
          stock: true,
          weightGrams: true,
          optionValues: { select: { optionValueId: true } },
        },
      },
    },
  });
}

type ProductRow = Awaited<ReturnType<typeof batchOf>>[number];

function rowsOf(product: ProductRow): CsvRow[] {
  const empty = Object.fromEntries(CSV_COLUMNS.map((column) => [column, ""])) as CsvRow;
  const text = (locale: string) => product.translations.find((row) => row.locale === locale);
  const head: CsvRow = {
    ...empty,
    key: product.key,
    status: product.status,
    featured: product.featured ? "yes" : "no",
  };
  head.categories = product.categories.map((link) => link.category.key).join(LIST_SEPARATOR);
  for (const locale of ["fr", "en"] as const) {
    const texts = text(locale);
    head[`name_${locale}`] = texts?.name ?? "";
    head[`slug_${locale}`] = texts?.slug ?? "";
    head[`description_${locale}`] = texts?.description ?? "";
    head[`seo_title_${locale}`] = texts?.seoTitle ?? "";
    head[`seo_description_${locale}`] = texts?.seoDescription ?? "";
  }
  for (const [index, option] of product.options.entries()) {
    const n = OPTION_SLOTS[index];
    if (!n) break;
    head[`option${n}_fr`] = nameIn(option.translations, "fr");
    head[`option${n}_en`] = nameIn(option.translations, "en");
  }
  if (product.variants.length === 0) return [head];
  return product.variants.map((variant, index) => {
    const row: CsvRow = index === 0 ? { ...head } : { ...empty, key: product.key };
    const linked = new Set(variant.optionValues.map((link) => link.optionValueId));
    for (const [optionIndex, option] of product.options.entries()) {
      const n = OPTION_SLOTS[optionIndex];
      const value = option.values.find((candidate) => linked.has(candidate.id));
      if (!n || !value) continue;
      row[`value${n}_fr`] = nameIn(value.translations, "fr");
      row[`value${n}_en`] = nameIn(value.translations, "en");
    }
    row.sku = variant.sku;
    row.price = amountText(variant.priceAmount, variant.currency);
    row.compare_at_price = amountText(variant.compareAtAmount, variant.currency);
    row.stock = String(variant.stock);
    row.weight_grams = variant.weightGrams === null ? "" : String(variant.weightGrams);
    return row;
  });
}

export async function exportProductsCsv(db: Db): Promise<string> {
  const parts = [stringify([CSV_COLUMNS as unknown as string[]])];
  let afterKey: string | null = null;
  for (;;) {
    const batch = await batchOf(db, afterKey);
    if (batch.length === 0) break;
    const rows = batch.flatMap(rowsOf);
    parts.push(stringify(rows, { columns: CSV_COLUMNS as unknown as string[] }));
    afterKey = batch[batch.length - 1]!.key;
  }
  return parts.join("");
}
