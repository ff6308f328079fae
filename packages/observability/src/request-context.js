// What the code handling a request may add to its log line (the signed-in user's id), without
// passing it down through every loader: the HTTP server opens a scope per request and the API,
// which reads the session, fills it in. Node's AsyncLocalStorage follows the request's async work.
import { AsyncLocalStorage } from "node:async_hooks";

/** @type {AsyncLocalStorage<import("./index.js").RequestLogContext>} */
const storage = new AsyncLocalStorage();

/**
 * Runs `work` (the rest of the request's handling) with `context` as the request's log context.
 * @template T
 * @param {import("./index.js").RequestLogContext} context
 * @param {() => T} work
 * @returns {T}
 */
export function runWithRequestLogContext(context, work) {
  return storage.run(context, work);
}

/**
 * Names the signed-in user in the current request's log line; does nothing outside a request.
 * @param {string} userId
 */
export function setRequestUser(userId) {
  const context = storage.getStore();
  if (context) context.userId = userId;
}
