import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseDatabaseUrl, withDatabaseName, assertReachable } from "../database-url";
import { startEmbeddedPostgres } from "../embedded/embedded-postgres";
import { findFreePort } from "../embedded/port";
import { readDbEnv } from "../env";

export interface TestServer {
  /** Connection string to the server's `postgres` database; tests create their own databases on it. */
  serverUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * The PostgreSQL server tests run against: TEST_DATABASE_URL, else DATABASE_URL, else a throw-away
 * embedded cluster in a temporary folder (deleted on stop).
 */
export async function provideTestServer(): Promise<TestServer> {
  const env = readDbEnv();
  const configured = env.TEST_DATABASE_URL ?? env.DATABASE_URL;
  if (configured) {
    const variable = env.TEST_DATABASE_URL ? "TEST_DATABASE_URL" : "DATABASE_URL";
    const serverUrl = withDatabaseName(parseDatabaseUrl(configured, variable).toString(), "postgres");
    await assertReachable(serverUrl, variable);
    return { serverUrl, embedded: false, stop: async () => undefined };
  }
  const parent = await mkdtemp(path.join(os.tmpdir(), "comptoir-test-pg-"));
  // mkdtemp makes the folder private; when running as root, PostgreSQL runs as another user that must enter it.
  await chmod(parent, 0o755);
  const dataDir = path.join(parent, "data");
  const cluster = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: false });
  return {
    serverUrl: cluster.serverUrl,
    embedded: true,
    stop: async () => {
      await cluster.stop();
      await rm(parent, { recursive: true, force: true });
    },
  };
}
