// The cross-site request check as a Node middleware, shared by the production server (Express) and
// the development server (Vite's connect): it runs before Remix, so a refused request runs nothing.
import { crossSiteRefusal } from "./cross-site-refusal.js";
import { checkSameOrigin, originOf, requestOrigin } from "./same-origin.js";

/**
 * What is recorded about a refusal: origins and a path only. No query string (emailed links carry
 * tokens there), no cookie, no body.
 *
 * @typedef {object} RefusalInfo
 * @property {string} method
 * @property {string} path
 * @property {import("./same-origin.js").RefusalReason} reason
 * @property {string | null} origin    Where the request says it comes from (Origin, else Referer).
 * @property {string | null} expected  The app's own origin as the request reached it.
 */

/**
 * @typedef {object} GuardOptions
 * @property {ReadonlySet<string>} allowedOrigins  Origins trusted besides the app's own.
 * @property {boolean} trustProxy  Read X-Forwarded-Proto/Host (only behind a proxy that sets them).
 * @property {(info: RefusalInfo) => void} [onRefusal]
 */

/**
 * @typedef {(
 *   request: import("node:http").IncomingMessage,
 *   response: import("node:http").ServerResponse,
 *   next: (error?: unknown) => void,
 * ) => void} Middleware
 */

/**
 * @param {import("node:http").IncomingMessage} request
 * @returns {string | null}
 */
function claimedOrigin(request) {
  const origin = request.headers.origin;
  if (typeof origin === "string") return origin === "null" ? "null" : originOf(origin);
  return originOf(request.headers.referer);
}

/**
 * A middleware that answers a localized 403 to a state-changing request from another origin, and
 * passes every other request on untouched (it never reads the body: the Stripe webhook verifies it
 * byte for byte).
 *
 * @param {GuardOptions} options
 * @returns {Middleware}
 */
export function sameOriginGuard({ allowedOrigins, trustProxy, onRefusal }) {
  return (request, response, next) => {
    const ownOrigin = requestOrigin(request.headers, {
      encrypted: "encrypted" in request.socket && request.socket.encrypted === true,
      trustProxy,
    });
    const decision = checkSameOrigin({
      method: request.method ?? "GET",
      headers: request.headers,
      ownOrigin,
      allowedOrigins,
    });
    if (decision.allowed) {
      next();
      return;
    }
    const url = request.url ?? "/";
    onRefusal?.({
      method: request.method ?? "",
      path: url.split("?")[0] ?? "/",
      reason: decision.reason,
      origin: claimedOrigin(request),
      expected: ownOrigin,
    });
    const refusal = crossSiteRefusal(url, headerText(request.headers["accept-language"]));
    response.writeHead(refusal.status, refusal.headers);
    response.end(refusal.body);
  };
}

/** @param {string | string[] | undefined} value */
function headerText(value) {
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * Writes a refusal as one JSON line on stdout, in the shape of the apps' other logs (pino, level
 * "warn"), unless the log level hides warnings: silent by default under NODE_ENV=test, like them.
 *
 * @param {string} service  "storefront" or "admin".
 * @param {Record<string, string | undefined>} [env]
 * @returns {((info: RefusalInfo) => void) | undefined}
 */
export function refusalLogger(service, env = process.env) {
  const level = env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "silent" : "info");
  if (!["trace", "debug", "info", "warn"].includes(level)) return undefined;
  return (info) => {
    process.stdout.write(
      `${JSON.stringify({ level: "warn", time: new Date().toISOString(), service, msg: "cross-site request refused", ...info })}\n`,
    );
  };
}
