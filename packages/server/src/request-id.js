// The id that ties one request's log lines together, across the proxy, the app and the client.
import { randomUUID } from "node:crypto";

// An id set by a proxy or a client is kept only if it cannot break a log line or a header, nor
// flood the logs: short, and made of the characters ids are made of (UUIDs, ULIDs, trace ids).
const SANE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * The incoming X-Request-Id when it looks like an id, a new UUID otherwise.
 *
 * @param {string | string[] | undefined} incoming
 * @returns {string}
 */
export function requestIdFrom(incoming) {
  return typeof incoming === "string" && SANE_ID.test(incoming) ? incoming : randomUUID();
}
