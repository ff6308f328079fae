// /healthz and /readyz, for orchestrators and load balancers. /healthz says the process is alive
// (it answers at all); /readyz says whether it should get traffic. Both are answered before
// anything else (no session, no Remix, no request log line) and never cached.
import http from "node:http";
import { metricsEndpoint } from "./metrics-endpoint.js";

/**
 * @typedef {object} HealthOptions
 * @property {{ check: () => Promise<import("./readiness.js").ReadinessReport> }} readiness
 * @property {() => boolean} isDraining  True once SIGTERM arrived: the process must get no new traffic.
 */

/**
 * A middleware (Express or plain Node) answering /healthz and /readyz and passing anything else on.
 *
 * @param {HealthOptions} options
 * @returns {(request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse, next: () => void) => void}
 */
export function healthEndpoints({ readiness, isDraining }) {
  return (request, response, next) => {
    const pathname = (request.url ?? "/").split("?", 1)[0];
    if (pathname === "/healthz") return send(response, 200, { status: "ok" });
    if (pathname !== "/readyz") return next();
    if (isDraining()) return send(response, 503, { status: "stopping", checks: {} });
    readiness.check().then(
      (report) => send(response, report.status === "unavailable" ? 503 : 200, report),
      () => send(response, 503, { status: "unavailable", checks: {} }),
    );
  };
}

/**
 * @param {import("node:http").ServerResponse} response
 * @param {number} status
 * @param {unknown} body
 */
function send(response, status, body) {
  response.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "no-store",
  });
  response.end(JSON.stringify(body));
}

/**
 * A server answering only the two endpoints (the worker's internal port), and /metrics when
 * `metrics` says with which token (see metrics-endpoint.js).
 *
 * @param {HealthOptions & { port: number, host?: string, metrics?: { nodeEnv: "development" | "production" | "test", token: string | undefined } }} options
 * @returns {Promise<{ server: import("node:http").Server, port: number, close: () => Promise<void> }>}
 */
export async function startHealthServer({ port, host, metrics, ...options }) {
  const endpoints = healthEndpoints(options);
  const scrapes = metrics ? metricsEndpoint({ ...metrics, internal: true }) : undefined;
  const notFound = (/** @type {import("node:http").ServerResponse} */ response) =>
    send(response, 404, { status: "not found" });
  const server = http.createServer((request, response) =>
    endpoints(request, response, () =>
      scrapes ? scrapes(request, response, () => notFound(response)) : notFound(response),
    ),
  );
  await new Promise((resolve, reject) => {
    server.once("error", (/** @type {NodeJS.ErrnoException} */ error) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(
              `Port ${port} is already in use: health checks cannot be served there. Set another port.`,
            )
          : error,
      ),
    );
    server.listen(port, host ?? "0.0.0.0", () => resolve(undefined));
  });
  const address = server.address();
  return {
    server,
    port: typeof address === "object" && address ? address.port : port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}
