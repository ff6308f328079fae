// Which failures are answers rather than incidents: a page that does not exist, a refused
// permission, bad input. They reach the error handlers like any other throw, but reporting them
// would bury the real failures under the shoppers' typos. Duck-typed, so that this file loads in
// the browser and on the server without importing Remix, tRPC or the core package.

/** tRPC codes that mean "the caller asked for something it may not have", never "we broke". */
const EXPECTED_TRPC_CODES = new Set([
  "PARSE_ERROR",
  "BAD_REQUEST",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "METHOD_NOT_SUPPORTED",
  "CONFLICT",
  "PRECONDITION_FAILED",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "UNPROCESSABLE_CONTENT",
  "TOO_MANY_REQUESTS",
  "CLIENT_CLOSED_REQUEST",
]);

/**
 * Remix's own error responses (its 404 for an unknown path, a thrown `json(..., 404)` once
 * caught), recognised the way Remix's `isRouteErrorResponse` does.
 * @param {Record<string, unknown>} error
 */
function isRouteErrorResponse(error) {
  return (
    typeof error.status === "number" &&
    typeof error.statusText === "string" &&
    typeof error.internal === "boolean" &&
    "data" in error
  );
}

/**
 * True for a failure that is an expected outcome: a thrown Response or Remix error response below
 * 500, a tRPC error with a client-side code, a domain error of the core package (its codes are
 * business outcomes: out of stock, not found, refused...), or an aborted request.
 *
 * @param {unknown} error
 * @returns {boolean}
 */
export function isExpectedError(error) {
  if (error === null || typeof error !== "object") return false;
  if (typeof Response !== "undefined" && error instanceof Response) return error.status < 500;
  const fields = /** @type {Record<string, unknown>} */ (error);
  if (isRouteErrorResponse(fields)) return /** @type {number} */ (fields.status) < 500;
  switch (fields.name) {
    case "TRPCError":
      return typeof fields.code === "string" && EXPECTED_TRPC_CODES.has(fields.code);
    case "DomainError":
    case "AbortError":
      return true;
    default:
      return false;
  }
}
