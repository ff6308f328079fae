// `pnpm db:<command>`: database chores that work the same with DATABASE_URL or the embedded PostgreSQL.
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
  pnpm db:status               list applied and pending migrations`;

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help") {
    console.log(usage);
    return;
  }
  if (!["migrate", "new-migration", "reset", "seed", "status"].includes(command)) {
    throw new ConfigError(`Unknown command "${command}".\n${usage}`);
  }
  if (command === "new-migration" && !rest[0]) {
    throw new ConfigError(
      "Name the migration: pnpm db:new-migration <name>, e.g. pnpm db:new-migration add_reviews",
    );
  }

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
    }
  } finally {
    await database.stop();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
