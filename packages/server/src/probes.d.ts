import type { IncomingMessage, Server, ServerResponse } from "node:http";

export type CheckResult = { status: "ok" } | { status: "error"; error: string } | { status: "skipped" };

export interface ReadinessReport {
  status: "ok" | "degraded" | "unavailable";
  checks: {
    postgres: CheckResult;
    migrations: CheckResult & { pending?: string[] };
    redis: CheckResult;
  };
}

export interface Readiness {
  check(): Promise<ReadinessReport>;
  close(): Promise<void>;
}

/** PostgreSQL reachable with every migration applied (required), Redis when configured (optional). */
export function createReadiness(options: {
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  migrationsDir: string | undefined;
  cacheMs?: number;
  timeoutMs?: number;
}): Readiness;

/** The repository's prisma/migrations, found by walking up from `from`. */
export function findMigrationsDir(from: string): string | undefined;

/** A server answering only /healthz and /readyz (the worker's internal port). */
export function startHealthServer(options: {
  port: number;
  host?: string;
  readiness: Pick<Readiness, "check">;
  isDraining: () => boolean;
  /** Also serve /metrics, open unless `token` is set (the port is internal). */
  metrics?: { nodeEnv: "development" | "production" | "test"; token: string | undefined };
}): Promise<{ server: Server; port: number; close: () => Promise<void> }>;

export interface RuntimeEnv {
  NODE_ENV: "development" | "production" | "test";
  DATABASE_URL?: string;
  REDIS_URL?: string;
  SHUTDOWN_TIMEOUT_MS: number;
  WORKER_HEALTH_PORT: number;
  METRICS_TOKEN?: string;
}

export function readRuntimeEnv(source?: NodeJS.ProcessEnv): RuntimeEnv;

/**
 * /metrics for Prometheus: with `token`, only for a matching bearer token; without it, 404 in
 * production unless `internal` (an unpublished port), open in development and test.
 */
export function metricsEndpoint(options: {
  nodeEnv: "development" | "production" | "test";
  token: string | undefined;
  internal?: boolean;
}): (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
