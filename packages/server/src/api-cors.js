// Cross-origin access to the public API (/api/trpc) from browsers, for the origins the shop lists in
// API_CORS_ORIGINS (a partner's site, a headless front end). Without credentials: another site's
// scripts may read the catalogue or drive a cart by its id, never act with a shopper's cookie. Any
// other origin gets no CORS header, so browsers keep its scripts from reading the answers.
import { parseAllowedOrigins } from "./allowed-origins.js";

export const API_PATH = "/api/trpc";

/** The request headers the typed client (packages/client) and tRPC's links send. */
const ALLOWED_REQUEST_HEADERS = "authorization, content-type, trpc-accept, x-trpc-source";

/**
 * @param {Record<string, string | undefined>} [env]
 * @returns {ReadonlySet<string>}
 */
export function apiCorsOriginsFromEnv(env = process.env) {
  return parseAllowedOrigins(env.API_CORS_ORIGINS, "API_CORS_ORIGINS");
}

/** @param {string | undefined} url */
export function isApiPath(url) {
  return url === API_PATH || (url ?? "").startsWith(`${API_PATH}/`) || (url ?? "").startsWith(`${API_PATH}?`);
}

/**
 * A Node middleware (Express and Vite's connect): CORS headers on /api/trpc for the listed origins,
 * and the answer to their preflight requests; every other request passes untouched.
 *
 * @param {ReadonlySet<string>} origins
 * @returns {(request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse, next: () => void) => void}
 */
export function apiCors(origins) {
  return (request, response, next) => {
    if (!isApiPath(request.url)) {
      next();
      return;
    }
    // Answers differ by Origin: a shared cache must keep them apart.
    response.setHeader("Vary", "Origin");
    const origin = request.headers.origin;
    const allowed = typeof origin === "string" && origins.has(origin);
    const preflight =
      request.method === "OPTIONS" && request.headers["access-control-request-method"] !== undefined;
    if (allowed) response.setHeader("Access-Control-Allow-Origin", origin);
    if (!preflight) {
      next();
      return;
    }
    if (!allowed) {
      response.writeHead(403, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("Origin not allowed");
      return;
    }
    response.writeHead(204, {
      "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
      "Access-Control-Allow-Headers": ALLOWED_REQUEST_HEADERS,
      "Access-Control-Max-Age": "600",
      "Content-Length": "0",
    });
    response.end();
  };
}
