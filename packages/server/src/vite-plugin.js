// The same cross-site request check on the development server (`pnpm dev`), so that what a developer
// tries behaves like production. Vite runs the middlewares a plugin adds in configureServer before
// its own and before Remix's request handler.
import { allowedOriginsFromEnv } from "./allowed-origins.js";
import { sameOriginGuard } from "./same-origin-guard.js";

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
      server.middlewares.use(
        sameOriginGuard({
          allowedOrigins: allowedOriginsFromEnv(),
          trustProxy: false,
          onRefusal: ({ method, path, reason, origin, expected }) => {
            console.warn(
              `Refused ${method} ${path} from ${origin ?? "an unknown origin"} (${reason}; this server is ${expected ?? "unknown"}). Add the origin to ALLOWED_ORIGINS if it is yours.`,
            );
          },
        }),
      );
    },
  };
}
