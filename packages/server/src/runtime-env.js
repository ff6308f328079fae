// The settings the server's runtime reads itself (the Remix build reads the app's own): validated
// once, here, so that nothing else in this package touches process.env for them.
import { z } from "zod";
import { DEFAULT_RENDER_CONCURRENCY } from "./render-concurrency.js";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Checked by /readyz; the app itself refuses to start without it. */
  DATABASE_URL: z.string().trim().min(1).optional(),
  /** Optional: when set, /readyz reports whether Redis answers ("degraded" when it does not). */
  REDIS_URL: z.string().trim().min(1).optional(),
  /** How long in-flight requests (or running jobs) get to finish after SIGTERM. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  /** The worker's internal port for /healthz and /readyz. */
  WORKER_HEALTH_PORT: z.coerce.number().int().min(0).max(65_535).default(9464),
  /** How many page reads (GET, HEAD) are worked on at once, the others queued; 0: no limit. */
  RENDER_CONCURRENCY: z.coerce.number().int().min(0).max(10_000).default(DEFAULT_RENDER_CONCURRENCY),
  /** Bearer token a scrape of /metrics must send; without it /metrics answers 404 in production. */
  METRICS_TOKEN: z.string().trim().min(1).optional(),
});

/** @typedef {z.infer<typeof schema>} RuntimeEnv */

/**
 * @param {NodeJS.ProcessEnv} [source]
 * @returns {RuntimeEnv}
 */
export function readRuntimeEnv(source = process.env) {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid server configuration — ${problems.join("; ")}`);
  }
  return parsed.data;
}
