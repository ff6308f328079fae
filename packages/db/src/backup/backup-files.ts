// Backup file names and retention. A backup is `<database>-<UTC timestamp>.dump`; retention only
// ever touches files of exactly that shape for the database at hand, never anything else in the folder.
import { readdir, rm } from "node:fs/promises";
import path from "node:path";

/** `20261206T054033.123Z`: sorts in time order as text, and has no ":" (which some filesystems refuse). */
export function backupTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "");
}

export function backupFileName(database: string, date: Date): string {
  return `${database}-${backupTimestamp(date)}.dump`;
}

function ownBackupPattern(database: string): RegExp {
  const escaped = database.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escaped}-\\d{8}T\\d{6}\\.\\d{3}Z\\.dump$`);
}

/** Our backups of `database` in `dir`, newest first. */
export async function listBackups(dir: string, database: string): Promise<string[]> {
  const pattern = ownBackupPattern(database);
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  return entries
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .reverse()
    .map((name) => path.join(dir, name));
}

/** Deletes our backups of `database` beyond the `keep` newest; returns the deleted paths. */
export async function applyRetention(dir: string, database: string, keep: number): Promise<string[]> {
  const stale = (await listBackups(dir, database)).slice(keep);
  await Promise.all(stale.map((file) => rm(file, { force: true })));
  return stale;
}
