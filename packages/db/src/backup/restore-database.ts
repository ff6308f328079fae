import { access } from "node:fs/promises";
import pg from "pg";
import { ConfigError } from "../config-error";
import { backupDatabase, type BackupResult } from "./backup-database";
import { toLibpq } from "./libpq";
import { assertToolSupportsServer } from "./pg-tools";
import { runTool } from "./run-tool";

export interface RestoreOptions {
  /** Replace the contents of a database that already holds tables (a safety backup is taken first). */
  force?: boolean;
  /** Where the safety backup goes when `force` replaces existing tables. */
  backupDir: string;
  pgBinDir?: string | undefined;
}

export interface RestoreResult {
  /** The backup of the previous contents, when `force` replaced a non-empty database. */
  safetyBackup: BackupResult | undefined;
}

/** Tables outside PostgreSQL's own schemas: what a restore would replace. */
export async function countUserTables(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ count: string }>(
      `SELECT count(*) FROM information_schema.tables
        WHERE table_type = 'BASE TABLE'
          AND table_schema NOT IN ('pg_catalog', 'information_schema')
          AND table_schema NOT LIKE 'pg\\_%'`,
    );
    return Number(result.rows[0]!.count);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * pg_restore of a custom-format backup into the database. An empty database is restored straight
 * away; one that already holds tables is refused unless `force`, and then its current contents are
 * backed up first. The restore runs in one transaction: it applies entirely or not at all.
 */
export async function restoreDatabase(
  databaseUrl: string,
  file: string,
  options: RestoreOptions,
): Promise<RestoreResult> {
  await access(file).catch(() => {
    throw new ConfigError(`${file} does not exist or cannot be read.`);
  });
  const pgRestore = await assertToolSupportsServer("pg_restore", databaseUrl, options.pgBinDir);
  const connection = toLibpq(databaseUrl);

  let safetyBackup: BackupResult | undefined;
  const tables = await countUserTables(databaseUrl);
  if (tables > 0) {
    if (!options.force) {
      throw new ConfigError(
        `The database ${connection.database} already holds ${tables} tables: restoring would replace them. ` +
          `Restore into an empty database, or run again with --force (its current contents are backed up first).`,
      );
    }
    safetyBackup = await backupDatabase(databaseUrl, {
      dir: options.backupDir,
      keep: Number.POSITIVE_INFINITY,
      pgBinDir: options.pgBinDir,
      label: `${connection.database}-before-restore`,
    });
  }

  await runTool(
    pgRestore,
    [
      // --clean --if-exists drops what the backup is about to create, without failing on what is missing.
      "--clean",
      "--if-exists",
      // Objects belong to whoever restores (the target server may not have the original roles),
      // and GRANTs to roles of the original server would fail the single transaction.
      "--no-owner",
      "--no-privileges",
      "--single-transaction",
      "--exit-on-error",
      `--dbname=${connection.conninfo}`,
      file,
    ],
    connection.env,
  );
  return { safetyBackup };
}
