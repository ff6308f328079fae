export { migrateDeploy, migrateReset, migrateStatus } from "./migrate";
export {
  listMigrations,
  migrationsChecksum,
  migrationFolderName,
  type MigrationFolder,
} from "./migration-files";
export { diffSchemas, pendingSchemaChanges, writeNextMigration } from "./schema-diff";
export { migrationsDir, schemaPath } from "./prisma-cli";
export { runSeed } from "./run-seed";
