// What the code handling a request may add to its log line (the signed-in user's id), without
// passing it down through every loader: the HTTP server opens a context per request and names it in
// an internal header of the request (REQUEST_LOG_HEADER, a random key set by the server whatever the
// client sent); the API, which reads the session from the same headers, fills it in.
//
// Not AsyncLocalStorage: on Node 20 it turns on the promise hooks of async_hooks for the whole
// process, and every promise of every page then calls into them (about 2% of the main thread per
// page in alternating runs, docs/performance-notes.md).
import { randomUUID } from "node:crypto";

/** The request header that names the request's log context (set by the HTTP server only). */
export const REQUEST_LOG_HEADER = "x-comptoir-request-log";

/** @type {Map<string, import("./index.js").RequestLogContext>} */
const open = new Map();

/**
 * Opens `context` as a request's log context; the key goes in the request's REQUEST_LOG_HEADER.
 * @param {import("./index.js").RequestLogContext} context
 * @returns {string}
 */
export function openRequestLogContext(context) {
  const key = randomUUID();
  open.set(key, context);
  return key;
}

/**
 * Once the request's line is written: nothing may be added to it any more.
 * @param {string} key
 */
export function closeRequestLogContext(key) {
  open.delete(key);
}

/**
 * Names the signed-in user in the log line of the request these headers belong to; does nothing
 * for headers that name no open context (a job, a test, a request the server did not open).
 * @param {{ get(name: string): string | null }} headers
 * @param {string} userId
 */
export function setRequestUser(headers, userId) {
  const key = headers.get(REQUEST_LOG_HEADER);
  const context = key ? open.get(key) : undefined;
  if (context) context.userId = userId;
}
