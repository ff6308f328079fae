// /metrics, for Prometheus. The numbers say how much traffic, which routes fail and how many orders
// come in: not for the public. With METRICS_TOKEN set, a scrape must send it as a bearer token; in
// production without it, /metrics does not exist (404) on the apps' public port. The worker's
// probe port is internal (never published): there it is open unless a token is set. In
// development and test it is open everywhere, for local dashboards.
import { timingSafeEqual, createHash } from "node:crypto";
import { renderMetrics } from "@comptoir/observability";

/**
 * @typedef {object} MetricsEndpointOptions
 * @property {"development" | "production" | "test"} nodeEnv
 * @property {string | undefined} token  METRICS_TOKEN.
 * @property {boolean} [internal]  Served on an internal port only: open without a token.
 */

/**
 * A middleware (Express or plain Node) answering /metrics and passing anything else on.
 *
 * @param {MetricsEndpointOptions} options
 * @returns {(request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse, next: () => void) => void}
 */
export function metricsEndpoint({ nodeEnv, token, internal = false }) {
  return (request, response, next) => {
    const pathname = (request.url ?? "/").split("?", 1)[0];
    if (pathname !== "/metrics") return next();
    if (!token && nodeEnv === "production" && !internal) return sendText(response, 404, "Not Found\n");
    if (token && !sameSecret(bearerOf(request.headers.authorization), token)) {
      response.setHeader("WWW-Authenticate", 'Bearer realm="metrics"');
      return sendText(response, 401, "Unauthorized\n");
    }
    renderMetrics().then(
      ({ contentType, body }) => sendText(response, 200, body, contentType),
      () => sendText(response, 500, "Metrics unavailable\n"),
    );
  };
}

/** @param {string | undefined} header */
function bearerOf(header) {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? "");
  return match?.[1]?.trim() ?? "";
}

/**
 * Compares digests, in constant time: the answer's timing says nothing about the token.
 *
 * @param {string} given
 * @param {string} expected
 */
function sameSecret(given, expected) {
  const digest = (/** @type {string} */ value) => createHash("sha256").update(value).digest();
  return given.length > 0 && timingSafeEqual(digest(given), digest(expected));
}

/**
 * @param {import("node:http").ServerResponse} response
 * @param {number} status
 * @param {string} body
 * @param {string} [contentType]
 */
function sendText(response, status, body, contentType = "text/plain; charset=utf-8") {
  response.writeHead(status, { "Content-Type": contentType, "Cache-Control": "no-store" });
  response.end(body);
}

/**
 * The app's database pool usage, for the pool gauge. The pool belongs to the Remix build's bundled
 * copy of @comptoir/db, which publishes it on globalThis (see getDb and db-pool.js); undefined until
 * the app's first query.
 *
 * @returns {import("@comptoir/observability").DbPoolUsage | undefined}
 */
export function appDatabasePoolUsage() {
  const holder =
    /** @type {{ __comptoirDb?: { poolUsage?: () => import("@comptoir/observability").DbPoolUsage | undefined } }} */ (
      globalThis
    );
  return holder.__comptoirDb?.poolUsage?.();
}
