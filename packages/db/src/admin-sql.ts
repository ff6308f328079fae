// Server-level statements (CREATE/DROP DATABASE) that Prisma cannot run: they need a connection
// to another database of the same server and cannot run inside a transaction.
import pg from "pg";
import { databaseNameOf, withDatabaseName } from "./database-url";

async function onMaintenanceDb<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabaseName(serverUrl, "postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function databaseExists(serverUrl: string, name: string): Promise<boolean> {
  return onMaintenanceDb(serverUrl, async (client) => {
    const result = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return result.rowCount === 1;
  });
}

/** Creates the database named in `url` when it does not exist yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const name = databaseNameOf(url);
  await onMaintenanceDb(url, async (client) => {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 1) return;
    try {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    } catch (error) {
      // Another process created it between our check and our statement.
      if ((error as { code?: string }).code !== "42P04") throw error;
    }
  });
}

export async function createDatabaseFromTemplate(
  serverUrl: string,
  name: string,
  template: string,
): Promise<void> {
  await onMaintenanceDb(serverUrl, async (client) => {
    await client.query(
      `CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(template)}`,
    );
  });
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await onMaintenanceDb(serverUrl, async (client) => {
    // WITH (FORCE) ends lingering connections (PostgreSQL 13+).
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  });
}

export async function listDatabases(serverUrl: string, prefix: string): Promise<string[]> {
  return onMaintenanceDb(serverUrl, async (client) => {
    const result = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [prefix],
    );
    return result.rows.map((row) => row.datname);
  });
}

/**
 * Runs `work` while holding a server-wide advisory lock, so that concurrent processes (parallel
 * test runs, two app instances starting) do the same one-time job only once.
 */
export async function withAdvisoryLock<T>(
  serverUrl: string,
  key: string,
  work: () => Promise<T>,
): Promise<T> {
  return onMaintenanceDb(serverUrl, async (client) => {
    await client.query("SELECT pg_advisory_lock(hashtext($1))", [key]);
    try {
      return await work();
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtext($1))", [key]).catch(() => undefined);
    }
  });
}
