// The production server of a Comptoir app: Express serving the Remix build.
// Plain JavaScript (checked by TypeScript through JSDoc) so that `node server.js` needs no build step.
import { readdirSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import { allowedOriginsFromEnv } from "./allowed-origins.js";
import { refusalLogger, sameOriginGuard } from "./same-origin-guard.js";

/**
 * @typedef {object} ServerOptions
 * @property {string} name            The app's name, for messages ("storefront", "admin").
 * @property {string} buildDir        Absolute path of the app's `build/` folder.
 * @property {number} port            Port to listen on (0 = any free port).
 * @property {string} [host]          Interface to bind; all interfaces by default.
 */

/**
 * Serves the app and resolves once it listens. Hashed assets are cached for a year; everything
 * else goes through Remix, once a state-changing request is known to come from the app's own pages
 * (see same-origin.js). Rejects with a one-line message when the port is taken or ALLOWED_ORIGINS
 * is malformed.
 *
 * @param {ServerOptions} options
 * @returns {Promise<{ server: import("node:http").Server, url: string, close: () => Promise<void> }>}
 */
export async function startAppServer(options) {
  const allowedOrigins = allowedOriginsFromEnv();
  const build = await import(path.join(options.buildDir, "server", "index.js"));
  const app = express();
  app.disable("x-powered-by");
  // The apps run behind a proxy in production: trust it for the client address and protocol.
  app.set("trust proxy", true);
  // First of all: a forged cross-site form must not reach Remix, nor anything else.
  app.use(sameOriginGuard({ allowedOrigins, trustProxy: true, onRefusal: refusalLogger(options.name) }));
  app.use(
    compression({
      brotli: {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 4,
          // Brotli's default window is 4 MB per response stream: with many responses in flight
          // that is hundreds of MB of native memory, for pages of a few tens of kB. 256 kB is plenty.
          [zlib.constants.BROTLI_PARAM_LGWIN]: 18,
        },
      },
    }),
  );
  app.use(
    "/assets",
    express.static(path.join(options.buildDir, "client", "assets"), {
      immutable: true,
      maxAge: "1y",
      index: false,
    }),
  );
  // The other public files (favicon...) are served only for their own names: a static middleware on
  // every path would stat the disk (and build an ENOENT error) for each page request.
  const publicDir = path.join(options.buildDir, "client");
  const publicFiles = new Set(
    readdirSync(publicDir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `/${entry.name}`),
  );
  const servePublic = express.static(publicDir, { maxAge: "1h", index: false });
  app.use((request, response, next) =>
    publicFiles.has(request.path) ? servePublic(request, response, next) : next(),
  );
  // A built app hides error details from browsers in every environment but development: end-to-end
  // tests (NODE_ENV=test, to use the payment emulator) check exactly what production serves.
  const mode = process.env.NODE_ENV === "development" ? "development" : "production";
  app.all("*", createRequestHandler({ build, mode }));

  const server = await new Promise((resolve, reject) => {
    const listening = app.listen(options.port, options.host ?? "0.0.0.0");
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
  return {
    server,
    url: `http://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

/**
 * Starts the server from a command line: PORT from the environment, a clear one-line message and
 * exit code 1 on failure, and a clean stop on SIGTERM/SIGINT (in-flight requests finish first).
 *
 * @param {{ name: string, buildDir: string, defaultPort: number }} options
 */
export async function runAppServer(options) {
  const port = Number.parseInt(process.env.PORT ?? String(options.defaultPort), 10);
  try {
    const { url, close } = await startAppServer({ name: options.name, buildDir: options.buildDir, port });
    // The one line an operator needs at start-up (structured logs come with the observability work).
    console.warn(`${options.name} listening on ${url}`);
    const stop = () => {
      close().then(() => process.exit(0));
      // Do not wait forever for keep-alive connections.
      setTimeout(() => process.exit(0), 10_000).unref();
    };
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  } catch (error) {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
