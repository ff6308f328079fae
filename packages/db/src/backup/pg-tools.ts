// Finding pg_dump/pg_restore and making sure they can handle the server: pg_dump refuses a newer
// server anyway, but with a message that does not say what to do, and only after connecting.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { ConfigError } from "../config-error";

const run = promisify(execFile);

export type PgTool = "pg_dump" | "pg_restore";

/** PG_BIN_DIR/<tool> when set, else the tool on PATH. */
export function toolPath(tool: PgTool, pgBinDir: string | undefined): string {
  return pgBinDir ? path.join(pgBinDir, tool) : tool;
}

/** The major version in `pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)` or `9.6.24`. */
export function parseMajorVersion(versionLine: string): number | undefined {
  // Before PostgreSQL 10 the major version had two parts (9.6): its first one is enough to compare.
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(versionLine);
  return match ? Number(match[1]) : undefined;
}

export async function toolMajorVersion(tool: PgTool, pgBinDir: string | undefined): Promise<number> {
  const file = toolPath(tool, pgBinDir);
  let stdout: string;
  try {
    ({ stdout } = await run(file, ["--version"]));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(
      code === "ENOENT"
        ? `${file} was not found: install the PostgreSQL client tools (e.g. apt-get install postgresql-client-18) or set PG_BIN_DIR to the folder that holds ${tool}.`
        : `${file} --version failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const major = parseMajorVersion(stdout);
  if (major === undefined)
    throw new ConfigError(`Could not read the version of ${file} from "${stdout.trim()}".`);
  return major;
}

/** The server's major version, from server_version_num (180001 -> 18). */
export async function serverMajorVersion(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    return Math.floor(Number(result.rows[0]!.server_version_num) / 10_000);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Resolves with the tool's path when its major version is at least the server's; otherwise rejects
 * with a one-line message saying which client to install.
 */
export async function assertToolSupportsServer(
  tool: PgTool,
  databaseUrl: string,
  pgBinDir: string | undefined,
): Promise<string> {
  const [client, server] = await Promise.all([
    toolMajorVersion(tool, pgBinDir),
    serverMajorVersion(databaseUrl),
  ]);
  if (client < server) {
    throw new ConfigError(
      `${tool} ${client} is older than the PostgreSQL ${server} server: install the PostgreSQL ${server} client tools (postgresql-client-${server}) and put them on PATH, or set PG_BIN_DIR to their folder.`,
    );
  }
  return toolPath(tool, pgBinDir);
}
