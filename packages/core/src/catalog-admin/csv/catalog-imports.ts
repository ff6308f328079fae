// The imports staff started: creating one (the file kept in its row, its job queued in the same
// transaction, so an import exists if and only if its job does), and reading them back for the
// import page's progress and report.
import type { CatalogImportStatus, Db } from "@comptoir/db";
import { DomainError } from "../../errors";
import type { Tx } from "../../transaction";
import type { ImportProblem } from "./read-import-rows";

export interface ImportJobSender {
  sendInTransaction(tx: Tx, job: { name: "catalog.import"; data: { importId: string } }): Promise<void>;
}

export interface CatalogImportDto {
  id: string;
  status: CatalogImportStatus;
  fileName: string;
  totalRows: number;
  doneRows: number;
  problems: ImportProblem[];
  created: number;
  updated: number;
  createdAt: string;
  finishedAt: string | null;
}

const SELECT = {
  id: true,
  status: true,
  fileName: true,
  totalRows: true,
  doneRows: true,
  problems: true,
  created: true,
  updated: true,
  createdAt: true,
  finishedAt: true,
} as const;

function toDto(row: {
  id: string;
  status: CatalogImportStatus;
  fileName: string;
  totalRows: number;
  doneRows: number;
  problems: unknown;
  created: number;
  updated: number;
  createdAt: Date;
  finishedAt: Date | null;
}): CatalogImportDto {
  return {
    ...row,
    problems: Array.isArray(row.problems) ? (row.problems as ImportProblem[]) : [],
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export async function startCatalogImport(
  db: Db,
  request: { fileName: string; content: string; currency: string; staffId: string },
  deps: { jobs: ImportJobSender; audit?: (tx: Tx, importId: string) => Promise<void> },
): Promise<{ importId: string }> {
  return db.$transaction(async (tx) => {
    const { id } = await tx.catalogImport.create({ data: request, select: { id: true } });
    await deps.jobs.sendInTransaction(tx, { name: "catalog.import", data: { importId: id } });
    await deps.audit?.(tx, id);
    return { importId: id };
  });
}

export async function getCatalogImport(db: Db, importId: string): Promise<CatalogImportDto> {
  const row = await db.catalogImport.findUnique({ where: { id: importId }, select: SELECT });
  if (!row) throw new DomainError("NOT_FOUND", `catalog import ${importId}`);
  return toDto(row);
}

/** The latest imports, newest first. */
export async function listCatalogImports(db: Db, limit = 10): Promise<CatalogImportDto[]> {
  const rows = await db.catalogImport.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    select: SELECT,
  });
  return rows.map(toDto);
}
