// One JSON line per request: id, method, route pattern, status, duration and the signed-in user's
// id when the app knows it. Nothing else from the request: no path or query string (links in
// emails carry tokens there), no cookie, no header but the request id.
import {
  closeRequestLogContext,
  openRequestLogContext,
  recordHttpRequest,
  REQUEST_LOG_HEADER,
} from "@comptoir/observability";
import { requestIdFrom } from "./request-id.js";

/**
 * What the app may fill in while it handles a request: the API names the signed-in user with
 * setRequestUser (@comptoir/observability) when it reads the session, finding this context through
 * the request's REQUEST_LOG_HEADER; Remix loaders and actions also receive it as
 * `context.requestLog` (see index.js).
 *
 * @typedef {import("@comptoir/observability").RequestLogContext} RequestLogContext
 */

/**
 * @typedef {object} RequestLogOptions
 * @property {import("pino").Logger} logger
 * @property {(pathname: string) => string} routeOf    The route pattern a pathname matches.
 * @property {(pathname: string) => boolean} [skip]    Requests not logged (static files).
 */

/**
 * @param {RequestLogOptions} options
 * @returns {import("express").RequestHandler}
 */
export function requestLog({ logger, routeOf, skip }) {
  return (request, response, next) => {
    const id = requestIdFrom(request.headers["x-request-id"]);
    // The app sees the same id as the logs (a sanitized one replaces what the client sent).
    request.headers["x-request-id"] = id;
    response.setHeader("X-Request-Id", id);
    // Express parses the path; Vite's development server (connect) does not.
    const pathname = request.path ?? new URL(request.url ?? "/", "http://localhost").pathname;
    // Whatever the client sent under this name is replaced: only the server opens log contexts.
    delete request.headers[REQUEST_LOG_HEADER];
    if (skip?.(pathname)) return next();
    const started = process.hrtime.bigint();
    /** @type {RequestLogContext} */
    const context = {};
    if (response.locals) response.locals.requestLog = context;
    const key = openRequestLogContext(context);
    request.headers[REQUEST_LOG_HEADER] = key;
    let done = false;
    const write = (/** @type {boolean} */ aborted) => {
      if (done) return;
      done = true;
      closeRequestLogContext(key);
      const status = response.statusCode;
      const route = routeOf(pathname);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      // The same route pattern labels the metrics: a raw path (ids, tokens) would be unbounded.
      recordHttpRequest({ method: request.method, route, status, durationSeconds: seconds });
      const line = {
        requestId: id,
        method: request.method,
        route,
        status,
        durationMs: Math.round(seconds * 100_000) / 100,
        ...(context.userId ? { userId: context.userId } : {}),
        ...(aborted ? { aborted: true } : {}),
      };
      if (status >= 500) logger.error(line, "request failed");
      else logger.info(line, "request");
    };
    response.once("finish", () => write(false));
    // The client went away before the answer was complete.
    response.once("close", () => write(!response.writableFinished));
    next();
  };
}
