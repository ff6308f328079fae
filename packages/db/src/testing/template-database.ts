import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDatabaseFromTemplate, databaseExists, dropDatabase, withAdvisoryLock } from "../admin-sql";
import { withDatabaseName } from "../database-url";
import { migrateDeploy } from "../migrations/migrate";
import { migrationsChecksum } from "../migrations/migration-files";

export const TEST_DATABASE_PREFIX = "comptoir_test_";

/**
 * Makes sure a template database named `name` exists on the server, building it once with `build`
 * (from `from`, an existing template) when missing. Concurrent runs wait for each other through an
 * advisory lock; the database is built under a temporary name and renamed at the end, so a run
 * that dies half-way never leaves a half-built template behind.
 */
export async function ensureTemplate(
  serverUrl: string,
  name: string,
  build: (databaseUrl: string) => Promise<void>,
  from = "template0",
): Promise<string> {
  return withAdvisoryLock(serverUrl, `comptoir:${name}`, async () => {
    if (await databaseExists(serverUrl, name)) return name;
    const building = `${name}_building_${randomBytes(3).toString("hex")}`.slice(0, 63);
    await createDatabaseFromTemplate(serverUrl, building, from);
    try {
      await build(withDatabaseName(serverUrl, building));
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(
          `ALTER DATABASE ${client.escapeIdentifier(building)} RENAME TO ${client.escapeIdentifier(name)}`,
        );
      } finally {
        await client.end();
      }
    } catch (error) {
      await dropDatabase(serverUrl, building);
      throw error;
    }
    return name;
  });
}

/**
 * A database with every migration applied, named after the migrations' checksum, so that it is built
 * once per server and reused by later runs until a migration changes. Test databases are cloned
 * from it with CREATE DATABASE ... TEMPLATE, which takes milliseconds.
 */
export function ensureMigratedTemplate(serverUrl: string): Promise<string> {
  return ensureTemplate(serverUrl, `comptoir_template_${migrationsChecksum()}`, (url) => migrateDeploy(url));
}

/** A fresh, migrated, empty database cloned from the template. */
export async function cloneTemplate(
  serverUrl: string,
  template: string,
  label: string,
): Promise<{ name: string; url: string }> {
  const name = `${TEST_DATABASE_PREFIX}${label}_${randomBytes(4).toString("hex")}`.slice(0, 63);
  await createDatabaseFromTemplate(serverUrl, name, template);
  return { name, url: withDatabaseName(serverUrl, name) };
}
