// Prometheus metrics (prom-client): one registry per process, with every metric the apps, the API
// and the worker record defined here, so that dashboards and alert rules have one list of names to
// rely on (see deploy/grafana and deploy/prometheus). Labels are bounded on purpose: route
// templates (never raw paths), procedure paths, error codes, queue names — no id, no user.
import client from "prom-client";

/** Seconds; from a cached page (a few ms) to a slow payment call (several seconds). */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** @param {client.Registry} registry */
function defineMetrics(registry) {
  const registers = [registry];
  /** Async sources read at scrape time (pool sizes, queue depths), set by whoever owns them. */
  const sources = {
    /** @type {(() => import("./index.js").DbPoolUsage | undefined) | undefined} */
    dbPool: undefined,
    /** @type {(() => Promise<Record<string, number>>) | undefined} */
    queueDepths: undefined,
    /** @type {(() => import("./index.js").PageReadUsage) | undefined} */
    pageReads: undefined,
  };
  return {
    registry,
    sources,
    httpRequests: new client.Counter({
      name: "comptoir_http_requests_total",
      help: "HTTP requests answered, by method, route template and status.",
      labelNames: ["method", "route", "status"],
      registers,
    }),
    httpDuration: new client.Histogram({
      name: "comptoir_http_request_duration_seconds",
      help: "Time to answer an HTTP request, by method, route template and status.",
      labelNames: ["method", "route", "status"],
      buckets: DURATION_BUCKETS,
      registers,
    }),
    trpcDuration: new client.Histogram({
      name: "comptoir_trpc_procedure_duration_seconds",
      help: "Time to run a tRPC procedure, by path, type and outcome (ok or error).",
      labelNames: ["path", "type", "outcome"],
      buckets: DURATION_BUCKETS,
      registers,
    }),
    trpcErrors: new client.Counter({
      name: "comptoir_trpc_procedure_errors_total",
      help: "tRPC procedures that failed, by path and tRPC error code.",
      labelNames: ["path", "code"],
      registers,
    }),
    dbPool: new client.Gauge({
      name: "comptoir_db_pool_connections",
      help: "Database pool connections: total, idle, and requests waiting for one.",
      labelNames: ["state"],
      registers,
      collect() {
        const usage = sources.dbPool?.();
        if (!usage) return;
        this.set({ state: "total" }, usage.total);
        this.set({ state: "idle" }, usage.idle);
        this.set({ state: "waiting" }, usage.waiting);
      },
    }),
    pageReads: new client.Gauge({
      name: "comptoir_page_reads",
      help: "Page reads (GET, HEAD) being worked on, and waiting their turn (RENDER_CONCURRENCY).",
      labelNames: ["state"],
      registers,
      collect() {
        const reads = sources.pageReads?.();
        if (!reads) return;
        this.set({ state: "active" }, reads.active);
        this.set({ state: "waiting" }, reads.waiting);
      },
    }),
    jobQueueDepth: new client.Gauge({
      name: "comptoir_job_queue_depth",
      help: "Jobs waiting in each queue (created or to retry).",
      labelNames: ["queue"],
      registers,
      async collect() {
        if (!sources.queueDepths) return;
        // A scrape must still answer when the database does not: the depth is then simply absent.
        const depths = await sources.queueDepths().catch(() => ({}));
        this.reset();
        for (const [queue, depth] of Object.entries(depths)) this.set({ queue }, depth);
      },
    }),
    jobsProcessed: new client.Counter({
      name: "comptoir_jobs_processed_total",
      help: "Jobs the worker handled, by queue and outcome (completed or failed).",
      labelNames: ["queue", "outcome"],
      registers,
    }),
    jobDuration: new client.Histogram({
      name: "comptoir_job_duration_seconds",
      help: "Time to handle a job, by queue.",
      labelNames: ["queue"],
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300],
      registers,
    }),
    ordersCreated: new client.Counter({
      name: "comptoir_orders_created_total",
      help: "Orders created at checkout.",
      registers,
    }),
    ordersPaid: new client.Counter({
      name: "comptoir_orders_paid_total",
      help: "Orders whose payment was confirmed.",
      registers,
    }),
    checkoutFailures: new client.Counter({
      name: "comptoir_checkout_failures_total",
      help: "Checkouts refused or failed, by error code.",
      labelNames: ["code"],
      registers,
    }),
    paymentFailures: new client.Counter({
      name: "comptoir_payment_failures_total",
      help: "Payments the provider reported as failed.",
      registers,
    }),
    webhookEvents: new client.Counter({
      name: "comptoir_webhook_events_total",
      help: "Webhook events received, by source, event type and outcome (processed, ignored, rejected, failed).",
      labelNames: ["source", "type", "outcome"],
      registers,
    }),
  };
}

/** @typedef {ReturnType<typeof defineMetrics>} Metrics */

/**
 * The process's metrics. Kept on globalThis: a Remix build bundles its own copy of the workspace
 * packages, and the server that serves /metrics must read the very counters the build increments.
 *
 * @returns {Metrics}
 */
export function getMetrics() {
  const holder = /** @type {{ __comptoirMetrics?: Metrics }} */ (globalThis);
  if (!holder.__comptoirMetrics) {
    const registry = new client.Registry();
    // Memory, CPU, event loop lag, GC: what tells a leak or a blocked loop apart from slow queries.
    client.collectDefaultMetrics({ register: registry });
    holder.__comptoirMetrics = defineMetrics(registry);
  }
  return holder.__comptoirMetrics;
}

/** The metric names the registry defines (dashboards and alert rules may only use these). */
export function metricNames() {
  return getMetrics()
    .registry.getMetricsAsArray()
    .map((metric) => /** @type {{ name: string }} */ (/** @type {unknown} */ (metric)).name);
}

/** @returns {Promise<{ contentType: string, body: string }>} The exposition text for a scrape. */
export async function renderMetrics() {
  const { registry } = getMetrics();
  return { contentType: registry.contentType, body: await registry.metrics() };
}

/**
 * @param {{ method: string, route: string, status: number, durationSeconds: number }} request
 */
export function recordHttpRequest({ method, route, status, durationSeconds }) {
  const metrics = getMetrics();
  const labels = { method, route, status: String(status) };
  metrics.httpRequests.inc(labels);
  metrics.httpDuration.observe(labels, durationSeconds);
}

/**
 * @param {{ path: string, type: string, durationSeconds: number, errorCode?: string }} call
 */
export function recordTrpcCall({ path, type, durationSeconds, errorCode }) {
  const metrics = getMetrics();
  metrics.trpcDuration.observe({ path, type, outcome: errorCode ? "error" : "ok" }, durationSeconds);
  if (errorCode) metrics.trpcErrors.inc({ path, code: errorCode });
}

/** @param {() => import("./index.js").DbPoolUsage | undefined} source */
export function setDbPoolSource(source) {
  getMetrics().sources.dbPool = source;
}

/** @param {() => import("./index.js").PageReadUsage} source */
export function setPageReadSource(source) {
  getMetrics().sources.pageReads = source;
}

/** @param {() => Promise<Record<string, number>>} source */
export function setQueueDepthSource(source) {
  getMetrics().sources.queueDepths = source;
}
