export type ApiErrorType = "api_error" | "card_error" | "idempotency_error" | "invalid_request_error";

/**
 * An error answered in Stripe's shape, `{ error: { type, message, code, param } }`, with Stripe's
 * status codes, so the SDK raises the same error classes (StripeInvalidRequestError…) as in production.
 */
export class ApiError extends Error {
  override readonly name = "ApiError";

  constructor(
    readonly status: number,
    readonly type: ApiErrorType,
    message: string,
    readonly code?: string,
    readonly param?: string,
  ) {
    super(message);
  }

  toBody() {
    return { error: { type: this.type, message: this.message, code: this.code, param: this.param } };
  }
}

export const invalidRequest = (message: string, param?: string, code?: string) =>
  new ApiError(400, "invalid_request_error", message, code, param);

/** What Stripe answers for an unknown id: 404, code `resource_missing`. */
export const resourceMissing = (kind: string, id: string, param = "id") =>
  new ApiError(404, "invalid_request_error", `No such ${kind}: '${id}'`, "resource_missing", param);
