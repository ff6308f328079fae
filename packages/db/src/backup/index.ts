// `pnpm db:backup` / `pnpm db:restore`: pg_dump and pg_restore with a version check, timestamped
// files and retention. See docs/backup.md.
export { backupDatabase, type BackupOptions, type BackupResult } from "./backup-database";
export { applyRetention, backupFileName, listBackups } from "./backup-files";
export { readBackupEnv, type BackupEnv } from "./env";
export {
  assertToolSupportsServer,
  parseMajorVersion,
  serverMajorVersion,
  toolMajorVersion,
} from "./pg-tools";
export {
  countUserTables,
  restoreDatabase,
  type RestoreOptions,
  type RestoreResult,
} from "./restore-database";
