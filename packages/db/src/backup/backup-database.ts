import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { applyRetention, backupFileName } from "./backup-files";
import { toLibpq } from "./libpq";
import { assertToolSupportsServer } from "./pg-tools";
import { runTool } from "./run-tool";

export interface BackupOptions {
  dir: string;
  /** How many of this database's backups to keep, this one included. */
  keep: number;
  pgBinDir?: string | undefined;
  /** File name prefix instead of the database name, e.g. for the safety copy taken before a restore. */
  label?: string;
  now?: Date;
}

export interface BackupResult {
  file: string;
  bytes: number;
  /** Older backups deleted by retention. */
  deleted: string[];
}

/**
 * pg_dump in custom format (compressed, restorable table by table with pg_restore) into
 * `<dir>/<database>-<UTC timestamp>.dump`, then deletes this database's backups beyond `keep`.
 */
export async function backupDatabase(databaseUrl: string, options: BackupOptions): Promise<BackupResult> {
  const pgDump = await assertToolSupportsServer("pg_dump", databaseUrl, options.pgBinDir);
  const connection = toLibpq(databaseUrl);
  const name = options.label ?? connection.database;
  await mkdir(options.dir, { recursive: true });
  const file = path.join(options.dir, backupFileName(name, options.now ?? new Date()));
  // Written under another name and renamed when complete: an interrupted dump never looks like a
  // backup, so retention never deletes a good backup to make room for a broken one.
  const partial = `${file}.partial`;
  try {
    await runTool(
      pgDump,
      [
        "--format=custom",
        "--compress=6",
        "--no-owner",
        `--file=${partial}`,
        `--dbname=${connection.conninfo}`,
      ],
      connection.env,
    );
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  const { size } = await stat(file);
  const deleted = options.label ? [] : await applyRetention(options.dir, name, options.keep);
  return { file, bytes: size, deleted };
}
