/**
 * Thrown when a key has used up its points for the current window. Apps answer HTTP 429 with a
 * Retry-After of `retryAfterSeconds` and the localized `errors:codes.RATE_LIMITED` message.
 */
export class RateLimitedError extends Error {
  override name = "RateLimitedError";
  readonly code = "RATE_LIMITED" as const;

  constructor(
    /** Whole seconds until the key may act again (at least 1). */
    readonly retryAfterSeconds: number,
    /** Which limiter refused, for logs (never the key: it may be an address). */
    readonly keyPrefix: string,
  ) {
    super(`RATE_LIMITED: ${keyPrefix}, retry in ${retryAfterSeconds} s`);
  }
}

export function isRateLimitedError(error: unknown): error is RateLimitedError {
  return error instanceof RateLimitedError;
}
