// The migration folders, in Prisma's layout. Next to each migration.sql we keep a copy of the
// schema it was generated from (schema.prisma): the JavaScript schema engine cannot introspect a
// shadow database, so the next migration is the diff from that copy to prisma/schema.prisma.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { migrationsDir } from "./prisma-cli";

export const SNAPSHOT_FILE = "schema.prisma";

export interface MigrationFolder {
  name: string;
  dir: string;
  sqlPath: string;
  snapshotPath: string;
}

export function listMigrations(dir = migrationsDir): MigrationFolder[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      dir: path.join(dir, name),
      sqlPath: path.join(dir, name, "migration.sql"),
      snapshotPath: path.join(dir, name, SNAPSHOT_FILE),
    }));
}

/** Changes whenever a migration is added or edited: names test template databases. */
export function migrationsChecksum(dir = migrationsDir): string {
  const hash = createHash("sha256");
  for (const migration of listMigrations(dir)) {
    hash.update(migration.name);
    hash.update(readFileSync(migration.sqlPath));
  }
  return hash.digest("hex").slice(0, 12);
}

/** The `YYYYMMDDHHMMSS_name` folder name Prisma uses. */
export function migrationFolderName(name: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!slug) throw new Error("A migration needs a name made of letters or digits, e.g. `add_reviews`.");
  return `${stamp}_${slug}`;
}
