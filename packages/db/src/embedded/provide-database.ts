import path from "node:path";
import { ensureDatabase } from "../admin-sql";
import { ConfigError } from "../config-error";
import { assertReachable, parseDatabaseUrl, withDatabaseName } from "../database-url";
import { readDbEnv } from "../env";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { repoRoot } from "./repo-root";

export interface ProvidedDatabase {
  url: string;
  /** True when this process started an embedded PostgreSQL. */
  embedded: boolean;
  /** Where the data lives, for the banner: a folder or host:port. */
  location: string;
  /** Stops the embedded PostgreSQL, if this process started one. */
  stop(): Promise<void>;
}

export const DEFAULT_DATABASE_NAME = "comptoir";

/**
 * DATABASE_URL when set (checked, with a one-line error when it is malformed or unreachable);
 * otherwise an embedded PostgreSQL with persistent data under `.data/`.
 */
export async function provideDatabase(
  options: { onLog?: (line: string) => void } = {},
): Promise<ProvidedDatabase> {
  const env = readDbEnv();
  if (env.DATABASE_URL) {
    const url = parseDatabaseUrl(env.DATABASE_URL).toString();
    try {
      await assertReachable(url);
    } catch (error) {
      // A reachable server without the database yet: create it, as the embedded path does.
      if (!(error instanceof ConfigError && error.message.includes("does not exist"))) throw error;
      await ensureDatabase(url);
    }
    const { hostname, port } = new URL(url);
    return { url, embedded: false, location: `${hostname}:${port || 5432}`, stop: async () => undefined };
  }

  const dataDir = path.join(env.COMPTOIR_DATA_DIR ?? path.join(repoRoot, ".data"), "postgres");
  const cluster = await startEmbeddedPostgres({
    dataDir,
    port: env.COMPTOIR_PG_PORT,
    persistent: true,
    onLog: process.env.COMPTOIR_PG_LOG ? (line) => process.stderr.write(`[postgres] ${line}`) : options.onLog,
  });
  const url = withDatabaseName(cluster.serverUrl, DEFAULT_DATABASE_NAME);
  await ensureDatabase(url);
  return { url, embedded: true, location: `${dataDir} (port ${cluster.port})`, stop: cluster.stop };
}
