// Runs one CSV import (a background job): reads and checks every row, then, only if no row has a
// problem, writes every product in one transaction. Progress goes to the import's row through the
// pool (not the transaction), so the import's page can show it while the writes are under way.
import type { Db } from "@comptoir/db";
import type { Tx } from "../../transaction";
import { getProductForEditing } from "../product-for-editing";
import { writeProductDraft } from "../save-product";
import { checkImportAgainstCatalog } from "./check-import";
import { readImportRows, type ImportProblem } from "./read-import-rows";

/** Enough for anyone to fix a file; a file with more problems has a systematic one. */
const MAX_PROBLEMS = 500;
/** How often the progress is saved, in products. */
const PROGRESS_EVERY = 25;

export interface ImportSummary {
  importId: string;
  staffId: string;
  created: number;
  updated: number;
}

export interface CatalogImportDeps {
  /** Writes the audit entry in the import's own transaction. */
  audit?: (tx: Tx, summary: ImportSummary) => Promise<void>;
}

const byPlace = (a: ImportProblem, b: ImportProblem) => a.row - b.row || a.column.localeCompare(b.column);

export async function runCatalogImport(
  db: Db,
  importId: string,
  deps: CatalogImportDeps = {},
): Promise<void> {
  const job = await db.catalogImport.findUnique({ where: { id: importId } });
  // Already run (a job delivered twice), or gone: nothing to do.
  if (!job || job.content === null || job.status === "DONE" || job.status === "REJECTED") return;
  await db.catalogImport.update({ where: { id: importId }, data: { status: "CHECKING", doneRows: 0 } });
  try {
    const read = readImportRows(job.content, job.currency);
    await db.catalogImport.update({ where: { id: importId }, data: { totalRows: read.rowCount } });
    const match = read.products.length > 0 ? await checkImportAgainstCatalog(db, read.products) : null;
    const problems = [...read.problems, ...(match?.problems ?? [])].sort(byPlace);
    if (problems.length > 0 || !match) {
      await db.catalogImport.update({
        where: { id: importId },
        data: {
          status: "REJECTED",
          problems: problems.slice(0, MAX_PROBLEMS) as object[],
          content: null,
          finishedAt: new Date(),
        },
      });
      return;
    }
    await db.catalogImport.update({ where: { id: importId }, data: { status: "WRITING" } });
    const counts = await db.$transaction(
      async (tx) => {
        let created = 0;
        let updated = 0;
        let rows = 0;
        for (const [index, product] of read.products.entries()) {
          const productId = match.productIds.get(product.key);
          const before = productId ? await getProductForEditing(tx, productId) : null;
          // Variants are matched by SKU: a row edits the variant it names, stock as written.
          const idBySku = new Map(before?.variants.map((variant) => [variant.sku, variant.id]));
          const draft = {
            ...product.draft,
            categoryIds: product.categoryKeys.map((key) => match.categoryIds.get(key)!),
            variants: product.draft.variants.map((variant) => ({
              ...variant,
              id: idBySku.get(variant.sku) ?? null,
            })),
          };
          await writeProductDraft(tx, before, draft, job.currency, product.key);
          if (before) updated += 1;
          else created += 1;
          rows += Math.max(1, product.variantLines.length);
          if ((index + 1) % PROGRESS_EVERY === 0) {
            await db.catalogImport.update({ where: { id: importId }, data: { doneRows: rows } });
          }
        }
        await deps.audit?.(tx, { importId, staffId: job.staffId, created, updated });
        return { created, updated };
      },
      { maxWait: 10_000, timeout: 30 * 60_000 },
    );
    await db.catalogImport.update({
      where: { id: importId },
      data: { status: "DONE", ...counts, doneRows: read.rowCount, content: null, finishedAt: new Date() },
    });
  } catch (error) {
    // Nothing was written (the transaction rolled back); the job is tried again.
    await db.catalogImport.update({ where: { id: importId }, data: { status: "FAILED" } });
    throw error;
  }
}
