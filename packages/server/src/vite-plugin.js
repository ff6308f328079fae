// The same cross-site request check on the development server (`pnpm dev`), so that what a developer
// tries behaves like production. Vite runs the middlewares a plugin adds in configureServer before
// its own and before Remix's request handler.
import { allowedOriginsFromEnv } from "./allowed-origins.js";
import { apiCorsOriginsFromEnv } from "./api-cors.js";
import { createAppLogger } from "./app-logger.js";
import { originChecks } from "./origin-checks.js";
import { requestLog } from "./request-log.js";
import { routePatternMatcher } from "./route-pattern.js";

/**
 * A Vite plugin (development server only) refusing state-changing requests from other origins.
 * No proxy sits in front of the development server: X-Forwarded-* headers are not trusted.
 *
 * @returns {import("./vite-plugin.js").SameOriginPlugin}
 */
export function sameOriginPlugin() {
  return {
    name: "comptoir:same-origin",
    apply: "serve",
    configureServer(server) {
      const checks = originChecks({
        allowedOrigins: allowedOriginsFromEnv(),
        apiCorsOrigins: apiCorsOriginsFromEnv(),
        trustProxy: false,
        onRefusal: ({ method, path, reason, origin, expected }) => {
          console.warn(
            `Refused ${method} ${path} from ${origin ?? "an unknown origin"} (${reason}; this server is ${expected ?? "unknown"}). Add the origin to ALLOWED_ORIGINS if it is yours.`,
          );
        },
      });
      for (const check of checks) server.middlewares.use(check);
    },
  };
}

// Vite's own requests on the development server: modules, sources, dependencies and static files.
const DEV_INTERNALS =
  /^\/(@|node_modules\/|app\/|assets\/|__)|\.(tsx?|jsx?|mjs|css|map|svg|png|jpe?g|webp|ico|woff2?)$/;

/**
 * A Vite plugin (development server only) writing the production server's request log lines,
 * pretty-printed: one per page, data or API request, with the route pattern it matched, its status
 * and its duration. The route table is read from the development build as it is rebuilt.
 *
 * @param {{ name: string, destination?: import("pino").DestinationStream }} options  The app's name,
 *   in every line; the destination is pretty-printed stdout unless given (tests).
 * @returns {import("./vite-plugin.js").RequestLogPlugin}
 */
export function requestLogPlugin({ name, destination }) {
  return {
    name: "comptoir:request-log",
    apply: "serve",
    async configureServer(server) {
      const { logger } = await createAppLogger({
        name,
        nodeEnv: "development",
        destination,
        level: destination ? "info" : undefined,
      });
      /** @type {{ build: unknown, routeOf: (pathname: string) => string }} */
      let current = { build: null, routeOf: () => "unmatched" };
      const log = requestLog({
        logger,
        routeOf: (pathname) => current.routeOf(pathname),
        skip: (pathname) => DEV_INTERNALS.test(pathname),
      });
      server.middlewares.use((request, response, next) => {
        // The route table of the build Remix serves this request from (cached by Vite until a
        // route file changes); the line is written when the response ends, by then it is known.
        server
          .ssrLoadModule("virtual:remix/server-build")
          .then((build) => {
            if (build !== current.build)
              current = {
                build,
                routeOf: routePatternMatcher(
                  /** @type {Parameters<typeof routePatternMatcher>[0]} */ (build),
                ),
              };
          })
          .catch(() => undefined);
        log(
          /** @type {import("express").Request} */ (/** @type {unknown} */ (request)),
          /** @type {import("express").Response} */ (/** @type {unknown} */ (response)),
          next,
        );
      });
    },
  };
}
