// The production server of a Comptoir app: Express serving the Remix build.
// Plain JavaScript (checked by TypeScript through JSDoc) so that `node server.js` needs no build step.
import { readdirSync } from "node:fs";
import path from "node:path";
import {
  flushServerErrorReports,
  sentrySettingsFromEnv,
  setDbPoolSource,
  setPageReadSource,
} from "@comptoir/observability";
import compression from "compression";
import express from "express";
import http from "node:http";
import { allowedOriginsFromEnv } from "./allowed-origins.js";
import { apiCorsOriginsFromEnv } from "./api-cors.js";
import { createAppLogger } from "./app-logger.js";
import { BROTLI_PARAMS, COMPRESSION_THRESHOLD } from "./compression.js";
import { closeAppDatabasePool } from "./db-pool.js";
import { closeConnectionsWhileDraining, drainHttpServer } from "./graceful-shutdown.js";
import { healthEndpoints } from "./health.js";
import { limitHeapGrowth } from "./heap-growth.js";
import { keepWebAssemblyOnBaselineCompiler } from "./wasm-compilation.js";
import { appDatabasePoolUsage, metricsEndpoint } from "./metrics-endpoint.js";
import { createReadiness, findMigrationsDir } from "./readiness.js";
import { requestLog } from "./request-log.js";
import { routePatternMatcher } from "./route-pattern.js";
import { readRuntimeEnv } from "./runtime-env.js";
import { originChecks } from "./origin-checks.js";
import { middlewareChain } from "./middleware-chain.js";
import { limitConcurrentRenders } from "./render-concurrency.js";
import { remixHandler } from "./remix-handler.js";
import { refusalLogger } from "./same-origin-guard.js";
import { errorReportingOrigins, paymentPageOrigins, securityHeaders } from "./security-headers.js";

/**
 * @typedef {object} ServerOptions
 * @property {string} name            The app's name, for messages ("storefront", "admin").
 * @property {string} buildDir        Absolute path of the app's `build/` folder.
 * @property {number} port            Port to listen on (0 = any free port).
 * @property {string} [host]          Interface to bind; all interfaces by default.
 * @property {import("pino").Logger} [logger]  Request and lifecycle logs (the observability package's logger on stdout by default).
 * @property {string} [migrationsDir] Checked by /readyz; prisma/migrations above the build by default.
 */

/**
 * @typedef {object} AppServer
 * @property {import("node:http").Server} server
 * @property {string} url
 * @property {import("pino").Logger} logger
 * @property {() => Promise<void>} close  Stops gracefully (see stop) with SHUTDOWN_TIMEOUT_MS.
 * @property {(options?: { timeoutMs?: number }) => Promise<{ timedOut: boolean }>} stop
 *   Answers /readyz 503, stops accepting connections, lets requests in flight finish (until the
 *   deadline), then closes the readiness probe's connection and the app's database pool.
 * @property {() => void} flushLogs  Writes buffered log lines now (before process.exit).
 */

/**
 * Serves the app and resolves once it listens. /healthz and /readyz come first (see health.js);
 * hashed assets are cached for a year; everything else is logged (one line per request) and goes
 * through Remix, once a state-changing request is known to come from the app's own pages (see
 * same-origin.js). Rejects with a one-line message when the port is taken or ALLOWED_ORIGINS is
 * malformed.
 *
 * @param {ServerOptions} options
 * @returns {Promise<AppServer>}
 */
export async function startAppServer(options) {
  const env = readRuntimeEnv();
  const allowedOrigins = allowedOriginsFromEnv();
  const apiCorsOrigins = apiCorsOriginsFromEnv();
  const build = await import(path.join(options.buildDir, "server", "index.js"));
  const { logger, flush } = options.logger
    ? { logger: options.logger, flush: () => undefined }
    : await createAppLogger({ name: options.name, nodeEnv: env.NODE_ENV });
  const readiness = createReadiness({
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    migrationsDir: options.migrationsDir ?? findMigrationsDir(options.buildDir),
  });
  let draining = false;
  const isDraining = () => draining;
  // What every request goes through, in this order: the probes and metrics, then the headers, the
  // log line and the origin checks every response gets, and compression.
  const common = [
    // Probes are answered before anything else, and are not logged: they come every few seconds.
    healthEndpoints({ readiness, isDraining }),
    // Scrapes too (see metrics-endpoint.js for who may read them).
    metricsEndpoint({ nodeEnv: env.NODE_ENV, token: env.METRICS_TOKEN }),
    closeConnectionsWhileDraining(isDraining),
    // Content-Security-Policy (with this request's nonce), HSTS, framing, sniffing, referrer and
    // permissions policies on every response from here on (security-headers.js).
    securityHeaders({
      app: options.name === "admin" ? "admin" : "storefront",
      production: env.NODE_ENV === "production",
      connectOrigins: errorReportingOrigins(sentrySettingsFromEnv()?.dsn),
      formOrigins: options.name === "admin" ? [] : paymentPageOrigins(process.env),
    }),
    // Static files are not logged: a page brings a dozen of them, all answered from disk.
    requestLog({
      logger,
      routeOf: routePatternMatcher(build),
      skip: (pathname) => isStaticFile(pathname),
    }),
    // A forged cross-site form must not reach Remix, nor anything else; and the public API's CORS
    // answers for the origins in API_CORS_ORIGINS (origin-checks.js).
    ...originChecks({
      allowedOrigins,
      apiCorsOrigins,
      trustProxy: true,
      onRefusal: refusalLogger(options.name),
    }),
    // Pages arrive here compressed already (see compression.js); the rest is compressed here.
    compression({ brotli: { params: BROTLI_PARAMS }, threshold: COMPRESSION_THRESHOLD }),
  ];
  setDbPoolSource(appDatabasePoolUsage);
  // The other public files (favicon...) are served only for their own names: a static middleware on
  // every path would stat the disk (and build an ENOENT error) for each page request.
  const publicDir = path.join(options.buildDir, "client");
  const publicFiles = new Set(
    readdirSync(publicDir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `/${entry.name}`),
  );
  /** @param {string} pathname */
  function isStaticFile(pathname) {
    return pathname === "/assets" || pathname.startsWith("/assets/") || publicFiles.has(pathname);
  }

  // Static files: Express's static middleware, behind the same middleware as everything else.
  const files = express();
  files.disable("x-powered-by");
  // The apps run behind a proxy in production: trust it for the client address and protocol.
  files.set("trust proxy", true);
  files.use(common);
  files.use(
    "/assets",
    express.static(path.join(options.buildDir, "client", "assets"), {
      immutable: true,
      maxAge: "1y",
      index: false,
    }),
  );
  files.use(express.static(publicDir, { maxAge: "1h", index: false }));

  // Everything else, pages first among them, goes to Remix through the same middleware on Node's own
  // request and response (middleware-chain.js): Express's router and the request and response
  // objects it makes its own cost about a tenth of a page's CPU (docs/performance-notes.md).
  // A built app hides error details from browsers in every environment but development: end-to-end
  // tests (NODE_ENV=test, to use the payment emulator) check exactly what production serves.
  const mode = process.env.NODE_ENV === "development" ? "development" : "production";
  // Page reads are worked on a few at a time, the others queued (render-concurrency.js); /metrics
  // shows both numbers.
  const pageReads = limitConcurrentRenders({ max: env.RENDER_CONCURRENCY });
  setPageReadSource(pageReads.stats);
  const toRemix = middlewareChain(
    // Typed as Express's handlers, they read and write Node's request and response and res.locals only.
    /** @type {import("./middleware-chain.js").Middleware[]} */ (
      /** @type {unknown} */ ([...common, pageReads])
    ),
    remixHandler({
      build,
      mode,
      tracing: (sentrySettingsFromEnv()?.tracesSampleRate ?? 0) > 0,
      // Loaders and actions may record the signed-in user's id on it for the request's log line.
      // The document's scripts carry the response's CSP nonce (packages/ui document settings).
      getLoadContext: (_request, response) => ({
        requestLog: response.locals?.requestLog,
        cspNonce: response.locals?.cspNonce,
      }),
    }),
    (error, _request, response) => {
      logger.error({ err: error }, "request failed before the app could answer");
      if (response.headersSent) {
        response.destroy();
        return;
      }
      response.statusCode = 500;
      response.setHeader("Content-Type", "text/plain; charset=utf-8");
      response.end("Internal Server Error");
    },
  );
  /** @type {import("node:http").RequestListener} */
  const listener = (request, response) => {
    const pathname = (request.url ?? "/").split("?", 1)[0] ?? "/";
    if (isStaticFile(pathname)) files(request, response);
    else toRemix(request, response);
  };

  const server = await new Promise((resolve, reject) => {
    const listening = http.createServer(listener).listen(options.port, options.host ?? "0.0.0.0");
    listening.once("listening", () => resolve(listening));
    listening.once("error", (/** @type {NodeJS.ErrnoException} */ error) => {
      if (error.code === "EADDRINUSE") {
        reject(
          new Error(
            `Port ${options.port} is already in use: the ${options.name} cannot start. Set PORT to another port.`,
          ),
        );
      } else {
        reject(error);
      }
    });
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  /** @type {Promise<{ timedOut: boolean }> | undefined} */
  let stopping;
  /** @type {AppServer["stop"]} */
  const stop = ({ timeoutMs = env.SHUTDOWN_TIMEOUT_MS } = {}) => {
    stopping ??= (async () => {
      draining = true;
      const result = await drainHttpServer(server, { timeoutMs });
      await readiness.close();
      await closeAppDatabasePool();
      return result;
    })();
    return stopping;
  };
  return {
    server,
    url: `http://localhost:${port}`,
    logger,
    flushLogs: flush,
    stop,
    close: async () => {
      await stop();
    },
  };
}

/**
 * Starts the server from a command line: the heap's growth limited (heap-growth.js), WebAssembly
 * left on V8's baseline compiler (wasm-compilation.js), PORT from the environment, a clear one-line
 * message and exit code 1 on failure, and a graceful stop on SIGTERM/SIGINT: no new connection, requests in flight finish (within SHUTDOWN_TIMEOUT_MS),
 * /readyz answers 503 meanwhile, then exit code 0.
 *
 * @param {{ name: string, buildDir: string, defaultPort: number }} options
 */
export async function runAppServer(options) {
  limitHeapGrowth();
  keepWebAssemblyOnBaselineCompiler();
  const port = Number.parseInt(process.env.PORT ?? String(options.defaultPort), 10);
  try {
    const app = await startAppServer({ name: options.name, buildDir: options.buildDir, port });
    app.logger.info({ url: app.url }, `${options.name} listening on ${app.url}`);
    const stop = (/** @type {NodeJS.Signals} */ signal) => {
      app.logger.info({ signal }, `${options.name} stopping: finishing the requests in flight`);
      app
        .stop()
        .then(async ({ timedOut }) => {
          app.logger.info({ timedOut }, `${options.name} stopped`);
          // Error reports still queued are sent (when error reporting is on), then the logs.
          await flushServerErrorReports();
          app.flushLogs();
        })
        .finally(() => process.exit(0));
    };
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  } catch (error) {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
