import pg from "pg";
import { ConfigError } from "./config-error";

/** Validates a PostgreSQL connection string and returns it as a URL. */
export function parseDatabaseUrl(raw: string, variable = "DATABASE_URL"): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      `${variable} is not a valid URL (expected postgresql://user:password@host:port/database).`,
    );
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new ConfigError(
      `${variable} must be a postgresql:// URL, e.g. postgresql://user:password@localhost:5432/comptoir.`,
    );
  }
  if (!url.hostname) {
    throw new ConfigError(
      `${variable} has no host (expected postgresql://user:password@host:port/database).`,
    );
  }
  return url;
}

/** The same URL pointing at another database on the same server. */
export function withDatabaseName(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}

/** host:port without credentials, safe to print. */
export function describeServer(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || "5432"}`;
}

/**
 * Connects once to prove the server answers, turning driver errors into one readable line.
 * Resolves to the server's version string.
 */
export async function assertReachable(url: string, variable = "DATABASE_URL"): Promise<string> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    const result = await client.query<{ server_version: string }>("SHOW server_version");
    return result.rows[0]?.server_version ?? "unknown";
  } catch (error) {
    throw new ConfigError(
      `Cannot connect to PostgreSQL at ${describeServer(url)} (${variable}): ${reason(error)}.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

function reason(error: unknown): string {
  if (error && typeof error === "object") {
    const { code, message } = error as { code?: string; message?: string };
    if (code === "ECONNREFUSED") return "connection refused (is the server running?)";
    if (code === "ENOTFOUND") return "unknown host";
    if (code === "3D000") return "the database does not exist";
    if (code === "28P01" || code === "28000") return "authentication failed";
    if (message) return message;
  }
  return String(error);
}
