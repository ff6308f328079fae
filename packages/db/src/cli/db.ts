// `pnpm db:<command>`: database chores that work the same with DATABASE_URL or the embedded PostgreSQL.
import path from "node:path";
import { backupDatabase, readBackupEnv, restoreDatabase } from "../backup";
import { ConfigError } from "../config-error";
import { provideDatabase } from "../embedded/provide-database";
import { migrateDeploy, migrateReset, migrateStatus } from "../migrations/migrate";
import { runSeed } from "../migrations/run-seed";
import { writeNextMigration } from "../migrations/schema-diff";

const usage = `Usage:
  pnpm db:migrate              apply pending migrations
  pnpm db:new-migration <name> write the next migration from the changes in prisma/schema.prisma
  pnpm db:reset                drop everything, re-apply every migration and seed the demo data
  pnpm db:seed                 load the demo data (safe to run again)
  pnpm db:status               list applied and pending migrations
  pnpm db:backup               pg_dump into BACKUP_DIR (default backups/), keeping the last BACKUP_KEEP (14)
  pnpm db:restore <file>       restore a backup into an empty database (--force: replace the current
                               contents, after backing them up); see docs/backup.md`;

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help") {
    console.log(usage);
    return;
  }
  if (!["migrate", "new-migration", "reset", "seed", "status", "backup", "restore"].includes(command)) {
    throw new ConfigError(`Unknown command "${command}".\n${usage}`);
  }
  if (command === "new-migration" && !rest[0]) {
    throw new ConfigError(
      "Name the migration: pnpm db:new-migration <name>, e.g. pnpm db:new-migration add_reviews",
    );
  }

  const restoreFile = rest.find((arg) => !arg.startsWith("--"));
  if (command === "restore" && !restoreFile) {
    throw new ConfigError("Name the backup to restore: pnpm db:restore <file> [--force]");
  }
  // Read before starting anything, so that a bad BACKUP_KEEP fails at once.
  const backupEnv = command === "backup" || command === "restore" ? readBackupEnv() : undefined;

  const database = await provideDatabase();
  console.log(`Database: ${database.embedded ? "embedded PostgreSQL, " : ""}${database.location}`);
  try {
    switch (command) {
      case "migrate":
        await migrateDeploy(database.url, { echo: true });
        break;
      case "status": {
        const status = await migrateStatus(database.url);
        console.log(status.report);
        process.exitCode = status.upToDate ? 0 : 1;
        break;
      }
      case "new-migration": {
        const dir = await writeNextMigration(database.url, rest[0]!);
        console.log(
          dir
            ? `Wrote ${dir}/migration.sql — review it, then run pnpm db:migrate.`
            : "No change in prisma/schema.prisma: nothing to write.",
        );
        break;
      }
      case "reset":
        await migrateReset(database.url, { echo: true });
        await runSeed(database.url);
        break;
      case "seed":
        await migrateDeploy(database.url);
        await runSeed(database.url);
        break;
      case "backup": {
        const { backupDir, keep, pgBinDir } = backupEnv!;
        const result = await backupDatabase(database.url, { dir: backupDir, keep, pgBinDir });
        console.log(`Backed up to ${result.file} (${(result.bytes / 1024).toFixed(0)} kB).`);
        for (const file of result.deleted) console.log(`Deleted ${file} (keeping the last ${keep}).`);
        break;
      }
      case "restore": {
        const { backupDir, pgBinDir, invocationDir } = backupEnv!;
        const file = path.resolve(invocationDir, restoreFile!);
        const force = rest.includes("--force");
        const result = await restoreDatabase(database.url, file, { force, backupDir, pgBinDir });
        if (result.safetyBackup) console.log(`Previous contents backed up to ${result.safetyBackup.file}.`);
        console.log(`Restored ${file}. Run pnpm db:migrate if the backup predates the latest migrations.`);
        break;
      }
    }
  } finally {
    await database.stop();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
