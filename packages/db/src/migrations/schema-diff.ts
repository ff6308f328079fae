import { mkdir, copyFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { listMigrations, migrationFolderName } from "./migration-files";
import { migrationsDir, prismaFailure, runPrisma, schemaPath } from "./prisma-cli";

/**
 * SQL that takes a database from the `from` schema (or nothing) to the `to` schema.
 * The JavaScript schema engine needs a live connection even for a file-to-file diff, hence the URL.
 */
export async function diffSchemas(databaseUrl: string, from: string | null, to: string): Promise<string> {
  const fromArgs = from ? ["--from-schema-datamodel", from] : ["--from-empty"];
  const run = await runPrisma(
    ["migrate", "diff", ...fromArgs, "--to-schema-datamodel", to, "--script"],
    databaseUrl,
  );
  if (run.code !== 0) throw new Error(`Comparing schemas failed:\n${prismaFailure(run)}`);
  const sql = run.stdout.trim();
  return sql === "-- This is an empty migration." ? "" : sql;
}

/** What prisma/schema.prisma changes that no migration carries yet ("" when in sync). */
export async function pendingSchemaChanges(databaseUrl: string): Promise<string> {
  const latest = listMigrations().at(-1);
  return diffSchemas(databaseUrl, latest?.snapshotPath ?? null, schemaPath);
}

/** Writes the next migration folder, or returns null when the schema has no change. */
export async function writeNextMigration(databaseUrl: string, name: string): Promise<string | null> {
  const folder = migrationFolderName(name);
  const sql = await pendingSchemaChanges(databaseUrl);
  if (!sql) return null;
  const dir = path.join(migrationsDir, folder);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), `${sql}\n`);
  await copyFile(schemaPath, path.join(dir, "schema.prisma"));
  return dir;
}
