// The database package's environment, validated once. Nothing else in this package reads process.env.
import { z } from "zod";
import { ConfigError } from "./config-error";
import { parseDatabaseUrl } from "./database-url";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Any PostgreSQL server. When unset, an embedded PostgreSQL is started under COMPTOIR_DATA_DIR. */
  DATABASE_URL: z.string().trim().min(1).optional(),
  /** Tests use this server (or DATABASE_URL's) for their throw-away databases. */
  TEST_DATABASE_URL: z.string().trim().min(1).optional(),
  /** Port of the embedded PostgreSQL. Not 5432, which a system PostgreSQL may hold. */
  COMPTOIR_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  /** Where the embedded PostgreSQL keeps its data; defaults to `.data/` at the repository root. */
  COMPTOIR_DATA_DIR: z.string().min(1).optional(),
  /** Size of the connection pool of each process. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
});

export type DbEnv = z.infer<typeof schema>;

export function readDbEnv(source: NodeJS.ProcessEnv = process.env): DbEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid database configuration — ${problems.join("; ")}`);
  }
  return parsed.data;
}

/**
 * For the apps' servers, which never start a database of their own: DATABASE_URL must be set and
 * well formed. Called when a server starts, so that a misconfigured deploy fails at once, in one line.
 */
export function requireDatabaseUrl(source: NodeJS.ProcessEnv = process.env): string {
  const { DATABASE_URL } = readDbEnv(source);
  if (!DATABASE_URL) {
    throw new ConfigError(
      "DATABASE_URL is not set. Set it to your PostgreSQL server (postgresql://user:password@host:5432/db), or run `pnpm dev`, which provides one.",
    );
  }
  return parseDatabaseUrl(DATABASE_URL).toString();
}
