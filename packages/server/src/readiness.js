// Can this process serve? PostgreSQL reachable with every migration applied (required), Redis
// reachable when configured (optional: without it rate limits fall back to memory, so the process
// still serves, "degraded"). Orchestrators and load balancers poll this every few seconds on every
// replica: results are cached briefly so that probes never become load on the database.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { pingRedis } from "./redis-ping.js";

/**
 * @typedef {{ status: "ok" } | { status: "error", error: string } | { status: "skipped" }} CheckResult
 * @typedef {object} ReadinessReport
 * @property {"ok" | "degraded" | "unavailable"} status
 * @property {{ postgres: CheckResult, migrations: CheckResult & { pending?: string[] }, redis: CheckResult }} checks
 */

/**
 * The migrations folder of the repository (prisma/migrations), found by walking up from `from`.
 *
 * @param {string} from
 * @returns {string | undefined}
 */
export function findMigrationsDir(from) {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "prisma", "migrations");
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * Names of the migration folders (those holding a migration.sql), as Prisma records them.
 *
 * @param {string} dir
 * @returns {string[]}
 */
export function migrationNames(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/**
 * @typedef {object} ReadinessOptions
 * @property {string | undefined} databaseUrl
 * @property {string | undefined} redisUrl
 * @property {string | undefined} migrationsDir  Missing: the migrations check fails (say where they are).
 * @property {number} [cacheMs]    How long a result is reused (default 3 s).
 * @property {number} [timeoutMs]  Per check (default 2 s).
 */

/**
 * @param {ReadinessOptions} options
 * @returns {{ check: () => Promise<ReadinessReport>, close: () => Promise<void> }}
 */
export function createReadiness({
  databaseUrl,
  redisUrl,
  migrationsDir,
  cacheMs = 3_000,
  timeoutMs = 2_000,
}) {
  // The folder does not change while the process runs: read it once.
  const expected = migrationsDir && existsSync(migrationsDir) ? migrationNames(migrationsDir) : undefined;
  // One connection at most, its own: a probe must not wait behind the app's busy pool, nor take one
  // of its connections.
  const pool = databaseUrl
    ? new pg.Pool({
        connectionString: databaseUrl,
        max: 1,
        idleTimeoutMillis: 30_000,
        connectionTimeoutMillis: timeoutMs,
        query_timeout: timeoutMs,
        allowExitOnIdle: true,
      })
    : undefined;
  // An unreachable server makes the idle client emit "error": the next check reports it.
  pool?.on("error", () => undefined);

  /** @returns {Promise<ReadinessReport>} */
  async function run() {
    /** @type {ReadinessReport["checks"]} */
    const checks = {
      postgres: { status: "skipped" },
      migrations: { status: "skipped" },
      redis: { status: "skipped" },
    };
    const redis = redisUrl
      ? pingRedis(redisUrl, { timeoutMs }).then(
          () => /** @type {CheckResult} */ ({ status: "ok" }),
          (error) => /** @type {CheckResult} */ ({ status: "error", error: String(error.message) }),
        )
      : Promise.resolve(/** @type {CheckResult} */ ({ status: "skipped" }));
    if (!pool) {
      checks.postgres = { status: "error", error: "DATABASE_URL is not set" };
    } else {
      try {
        const { rows } = await pool.query(
          "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
        );
        checks.postgres = { status: "ok" };
        const applied = new Set(rows.map((row) => String(row.migration_name)));
        if (!expected) {
          checks.migrations = { status: "error", error: "migrations folder not found" };
        } else {
          const pending = expected.filter((name) => !applied.has(name));
          checks.migrations =
            pending.length === 0
              ? { status: "ok" }
              : { status: "error", error: "pending migrations", pending };
        }
      } catch (error) {
        const code = /** @type {{ code?: string }} */ (error).code;
        if (code === "42P01") {
          // Reachable, but no migration ever ran on this database.
          checks.postgres = { status: "ok" };
          checks.migrations = { status: "error", error: "no migration applied", pending: expected ?? [] };
        } else {
          checks.postgres = { status: "error", error: describe(error) };
        }
      }
    }
    checks.redis = await redis;
    const required = checks.postgres.status === "ok" && checks.migrations.status === "ok";
    const status = !required ? "unavailable" : checks.redis.status === "error" ? "degraded" : "ok";
    return { status, checks };
  }

  /** @type {{ at: number, report: Promise<ReadinessReport> } | undefined} */
  let cached;
  return {
    check() {
      const now = Date.now();
      // Concurrent probes share one run; a finished run is reused for cacheMs.
      if (!cached || now - cached.at >= cacheMs) cached = { at: now, report: run() };
      return cached.report;
    },
    async close() {
      await pool?.end();
    },
  };
}

/**
 * A short reason, without the connection string (pg's messages never include the password, but
 * keep them short anyway: this goes into a JSON answer).
 *
 * @param {unknown} error
 * @returns {string}
 */
function describe(error) {
  const { code, message } = /** @type {{ code?: string, message?: string }} */ (error);
  return code ?? (message ?? "unreachable").slice(0, 120);
}
