import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDatabaseFromTemplate, databaseExists, dropDatabase, withAdvisoryLock } from "../admin-sql";
import { withDatabaseName } from "../database-url";
import { migrateDeploy } from "../migrations/migrate";
import { migrationsChecksum } from "../migrations/migration-files";

export const TEST_DATABASE_PREFIX = "comptoir_test_";

/**
 * A database with every migration applied, named after the migrations' checksum, so that it is built
 * once per server and reused by later runs until a migration changes. Test databases are cloned
 * from it with CREATE DATABASE ... TEMPLATE, which takes milliseconds.
 */
export async function ensureMigratedTemplate(serverUrl: string): Promise<string> {
  const name = `comptoir_template_${migrationsChecksum()}`;
  return withAdvisoryLock(serverUrl, `comptoir:${name}`, async () => {
    if (await databaseExists(serverUrl, name)) return name;
    // Build under a temporary name and rename at the end, so a run that dies half-way
    // never leaves a half-migrated template behind.
    const building = `${name}_building_${randomBytes(3).toString("hex")}`;
    await createDatabaseFromTemplate(serverUrl, building, "template0");
    try {
      await migrateDeploy(withDatabaseName(serverUrl, building));
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
