// Migration scripts reach PostgreSQL whole (see WholeScriptPg in prisma.config.ts): dollar-quoted
// bodies survive, and a failing migration leaves nothing of itself behind.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../testing";
import { runPrisma } from "./prisma-cli";

const baseConfig = path.resolve(import.meta.dirname, "../../prisma.config.ts");

describe("migration scripts", () => {
  const database = useTestDatabase("whole_script");
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "comptoir-migrations-"));
    const write = async (name: string, sql: string) => {
      await mkdir(path.join(dir, "migrations", name), { recursive: true });
      await writeFile(path.join(dir, "migrations", name, "migration.sql"), sql);
    };
    await write(
      "20990101000000_function",
      `CREATE TABLE "Probe" (id int);
CREATE FUNCTION probe_answer() RETURNS int LANGUAGE plpgsql AS $$
BEGIN
  RETURN 42;
END
$$;
`,
    );
    await write("20990101000001_broken", `CREATE TABLE "HalfDone" (id int);\nSELECT * FROM "NoSuchTable";\n`);
    await writeFile(path.join(dir, "migrations", "migration_lock.toml"), 'provider = "postgresql"\n');
    await writeFile(
      path.join(dir, "prisma.config.ts"),
      `import base from ${JSON.stringify(baseConfig)};\nexport default { ...base, migrations: { path: ${JSON.stringify(path.join(dir, "migrations"))} } };\n`,
    );
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("keep dollar-quoted bodies intact and apply a failing migration not at all", async () => {
    // The test database already holds Comptoir's schema; these probes only add objects of their own.
    await database.db.$executeRawUnsafe('DELETE FROM "_prisma_migrations"');
    const run = await runPrisma(
      ["migrate", "deploy", "--config", path.join(dir, "prisma.config.ts")],
      database.url,
    );
    expect(run.code).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain("NoSuchTable");

    const [answer] = await database.db.$queryRaw<{ value: number }[]>`SELECT probe_answer() AS value`;
    expect(answer?.value).toBe(42);
    const [halfDone] = await database.db.$queryRaw<
      { exists: string | null }[]
    >`SELECT to_regclass('"HalfDone"')::text AS exists`;
    expect(halfDone?.exists).toBeNull();
    // Two runs of Prisma's WebAssembly schema engine: on a busy two-core machine that takes a while.
  }, 90_000);
});
