import { describe, expect, it } from "vitest";
import { listMigrations, migrationFolderName } from "./migration-files";

describe("migrationFolderName", () => {
  it("uses Prisma's timestamp_name layout", () => {
    expect(migrationFolderName("Add reviews!", new Date("2026-03-04T05:06:07Z"))).toBe(
      "20260304050607_add_reviews",
    );
  });

  it("refuses a name without letters or digits", () => {
    expect(() => migrationFolderName("  --  ")).toThrowError(/needs a name/);
  });
});

describe("the committed migrations", () => {
  it("each carry the schema snapshot they were generated from", () => {
    const migrations = listMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    for (const migration of migrations) {
      expect(migration.name).toMatch(/^\d{14}_[a-z0-9_]+$/);
    }
  });
});
