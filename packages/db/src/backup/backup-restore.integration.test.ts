// Backs up a seeded database, restores it into a new one and compares every table's row count.
// It needs a pg_dump at least as new as the server: with TEST_DATABASE_URL (the CI's PostgreSQL
// service) that is the case; on the embedded PostgreSQL 18 with an older local client, the same
// commands are checked to refuse with the version message instead of being skipped.
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { dropDatabase, ensureDatabase } from "../admin-sql";
import { databaseNameOf, withDatabaseName } from "../database-url";
import { runSeed } from "../migrations/run-seed";
import { createTestDatabase, type TestDatabase } from "../testing";
import { backupDatabase } from "./backup-database";
import { serverMajorVersion, toolMajorVersion } from "./pg-tools";
import { countUserTables, restoreDatabase } from "./restore-database";

const { serverUrl, runId } = inject("comptoirDatabase");
const serverMajor = await serverMajorVersion(serverUrl);
const clientMajor = Math.min(
  await toolMajorVersion("pg_dump", undefined),
  await toolMajorVersion("pg_restore", undefined),
);

/** Row count of every table of every schema but PostgreSQL's own, keyed "schema.table". */
async function countEveryTable(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ table_schema: string; table_name: string }>(
      `SELECT table_schema, table_name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE'
          AND table_schema NOT IN ('pg_catalog', 'information_schema')
          AND table_schema NOT LIKE 'pg\\_%'
        ORDER BY 1, 2`,
    );
    const counts: Record<string, number> = {};
    for (const { table_schema, table_name } of tables.rows) {
      const name = `${client.escapeIdentifier(table_schema)}.${client.escapeIdentifier(table_name)}`;
      const result = await client.query<{ count: string }>(`SELECT count(*) FROM ${name}`);
      counts[`${table_schema}.${table_name}`] = Number(result.rows[0]!.count);
    }
    return counts;
  } finally {
    await client.end();
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "comptoir-backup-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the version check", () => {
  it("refuses a pg_dump older than the server, in one line, and writes nothing", async () => {
    const fakeBin = path.join(dir, "old-bin");
    await mkdir(fakeBin);
    for (const tool of ["pg_dump", "pg_restore"]) {
      const script = path.join(fakeBin, tool);
      await writeFile(script, `#!/bin/sh\necho "${tool} (PostgreSQL) 9.6.24"\n`);
      await chmod(script, 0o755);
    }
    const backupDir = path.join(dir, "refused");

    const backup = backupDatabase(serverUrl, { dir: backupDir, keep: 3, pgBinDir: fakeBin });
    await expect(backup).rejects.toThrow(
      `pg_dump 9 is older than the PostgreSQL ${serverMajor} server: install the PostgreSQL ${serverMajor} client tools`,
    );
    await expect(readdir(backupDir)).rejects.toThrow(/ENOENT/);

    const someFile = path.join(fakeBin, "pg_dump");
    const restore = restoreDatabase(serverUrl, someFile, { backupDir, pgBinDir: fakeBin });
    await expect(restore).rejects.toThrow(`pg_restore 9 is older than the PostgreSQL ${serverMajor} server`);
  });
});

if (clientMajor >= serverMajor) {
  describe(`a backup of the seeded demo database (pg_dump ${clientMajor}, server ${serverMajor})`, () => {
    let source: TestDatabase;
    const targetName = `comptoir_test_${runId}_restored_${process.pid}`.slice(0, 63);
    const targetUrl = withDatabaseName(serverUrl, targetName);

    beforeAll(async () => {
      source = await createTestDatabase("backup");
      await runSeed(source.url, { NODE_ENV: "test", COMPTOIR_SEED_QUIET: "1" });
      // A schema beside public, as the job queue's: a backup covers every schema of the database.
      const client = new pg.Client({ connectionString: source.url });
      await client.connect();
      await client.query(`CREATE SCHEMA backup_probe;
        CREATE TABLE backup_probe.job (id serial PRIMARY KEY, name text NOT NULL);
        INSERT INTO backup_probe.job (name) SELECT 'job-' || n FROM generate_series(1, 7) AS n;`);
      await client.end();
      await ensureDatabase(targetUrl);
    }, 180_000);
    afterAll(async () => {
      await source?.drop();
      await dropDatabase(serverUrl, targetName);
    });

    it("restores into a new database with the same row count in every table", async () => {
      const before = await countEveryTable(source.url);
      expect(before["backup_probe.job"]).toBe(7);
      expect(before['public."Product"'] ?? before["public.Product"]).toBeGreaterThanOrEqual(64);

      const backup = await backupDatabase(source.url, { dir, keep: 5 });
      expect(path.basename(backup.file)).toMatch(
        new RegExp(`^${databaseNameOf(source.url)}-\\d{8}T\\d{6}\\.\\d{3}Z\\.dump$`),
      );
      expect(backup.bytes).toBeGreaterThan(10_000);

      expect(await countUserTables(targetUrl)).toBe(0);
      const restored = await restoreDatabase(targetUrl, backup.file, { backupDir: dir });
      expect(restored.safetyBackup).toBeUndefined();
      expect(await countEveryTable(targetUrl)).toEqual(before);
    });

    it("refuses to restore over a database that holds tables, unless forced (after a safety backup)", async () => {
      const [latest] = (await readdir(dir))
        .filter((name) => name.endsWith(".dump"))
        .sort()
        .reverse();
      const file = path.join(dir, latest!);
      await expect(restoreDatabase(targetUrl, file, { backupDir: dir })).rejects.toThrow(
        /already holds \d+ tables: restoring would replace them.*--force/,
      );

      const client = new pg.Client({ connectionString: targetUrl });
      await client.connect();
      await client.query("DELETE FROM backup_probe.job WHERE id > 2");
      await client.end();

      const forced = await restoreDatabase(targetUrl, file, { force: true, backupDir: dir });
      expect(path.basename(forced.safetyBackup!.file)).toMatch(new RegExp(`^${targetName}-before-restore-`));
      expect((await countEveryTable(targetUrl))["backup_probe.job"]).toBe(7);
    });

    it("keeps only the newest BACKUP_KEEP backups of the database", async () => {
      const retention = path.join(dir, "retention");
      const times = [1, 2, 3].map((hour) => new Date(Date.UTC(2026, 5, 1, hour)));
      const results = [];
      for (const now of times)
        results.push(await backupDatabase(source.url, { dir: retention, keep: 2, now }));

      expect(results[2]!.deleted).toEqual([results[0]!.file]);
      expect((await readdir(retention)).sort()).toEqual(
        [results[1]!.file, results[2]!.file].map((file) => path.basename(file)).sort(),
      );
    });
  });
} else {
  describe(`on a PostgreSQL ${serverMajor} server with the local pg_dump ${clientMajor}`, () => {
    it("refuses to back up or restore rather than producing a broken backup", async () => {
      const message = `is older than the PostgreSQL ${serverMajor} server`;
      await expect(backupDatabase(serverUrl, { dir: path.join(dir, "too-new"), keep: 2 })).rejects.toThrow(
        `pg_dump ${clientMajor} ${message}`,
      );
      await expect(readdir(path.join(dir, "too-new"))).rejects.toThrow(/ENOENT/);
    });
  });
}
