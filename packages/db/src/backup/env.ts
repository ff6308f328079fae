// The backup commands' environment, validated once. Nothing else in backup/ reads process.env.
import path from "node:path";
import { z } from "zod";
import { ConfigError } from "../config-error";
import { repoRoot } from "../embedded/repo-root";

const schema = z.object({
  /** Where `pnpm db:backup` writes; a relative path is taken from the repository root. */
  BACKUP_DIR: z.string().trim().min(1).default("backups"),
  /** How many of our backups of a database to keep; older ones are deleted after each backup. */
  BACKUP_KEEP: z.coerce.number().int().min(1).max(10_000).default(14),
  /** Folder holding pg_dump and pg_restore, when the ones on PATH are too old for the server. */
  PG_BIN_DIR: z.string().trim().min(1).optional(),
  /** Set by pnpm to the folder the command was typed in, so `pnpm db:restore backups/x.dump` works from anywhere. */
  INIT_CWD: z.string().min(1).optional(),
});

export interface BackupEnv {
  backupDir: string;
  keep: number;
  pgBinDir: string | undefined;
  /** The folder a relative file name given on the command line is read from. */
  invocationDir: string;
}

export function readBackupEnv(source: NodeJS.ProcessEnv = process.env): BackupEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid backup configuration — ${problems.join("; ")}`);
  }
  const env = parsed.data;
  return {
    // pnpm runs the command inside packages/db; the repository root is where people look for backups/.
    backupDir: path.resolve(repoRoot, env.BACKUP_DIR),
    keep: env.BACKUP_KEEP,
    pgBinDir: env.PG_BIN_DIR,
    invocationDir: env.INIT_CWD ?? process.cwd(),
  };
}
