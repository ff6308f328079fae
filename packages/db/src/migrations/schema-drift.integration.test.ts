// Fails when prisma/schema.prisma has changes that no migration carries:
// run `pnpm db:new-migration <name>` to write the missing migration.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing";
import { listMigrations } from "./migration-files";
import { pendingSchemaChanges } from "./schema-diff";

describe("schema and migrations", () => {
  const database = useTestDatabase("drift");

  it("the latest migration carries a snapshot of the schema", () => {
    const latest = listMigrations().at(-1);
    expect(latest && existsSync(latest.snapshotPath)).toBe(true);
  });

  it("schema.prisma has no change that a migration does not carry", async () => {
    const pending = await pendingSchemaChanges(database.url);
    expect(pending, "Run `pnpm db:new-migration <name>` to write a migration for these changes").toBe("");
    // Prisma's WebAssembly schema engine is slow to start on a busy machine.
  }, 90_000);
});
