// The "catalog.import" job: one CSV import staff started in the admin, run by core, its outcome
// written to the audit log in the import's own transaction.
import { recordAuditEvent } from "@comptoir/audit";
import { catalogAdmin } from "@comptoir/core";
import type { Db } from "@comptoir/db";

export function importCatalog(db: Db, importId: string): Promise<void> {
  return catalogAdmin.csv.runCatalogImport(db, importId, {
    audit: (tx, summary) =>
      recordAuditEvent(tx, {
        action: "catalog.imported",
        actorId: summary.staffId,
        entityType: "catalog_import",
        entityId: summary.importId,
        after: { created: summary.created, updated: summary.updated },
      }),
  });
}
