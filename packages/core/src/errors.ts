/**
 * Every failure a caller may need to tell apart. Core throws these codes, never English text:
 * the API maps them to tRPC errors (packages/api/src/errors.ts) and the apps translate `errors:codes.<code>`.
 */
export const DOMAIN_ERROR_CODES = [
  "NOT_FOUND",
  "INVALID_CREDENTIALS",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "CONFLICT",
  "OUT_OF_STOCK",
  "INSUFFICIENT_STOCK",
  "QUANTITY_LIMIT",
  "CURRENCY_MISMATCH",
  "CART_EMPTY",
  "CART_CHANGED",
  "DISCOUNT_NOT_FOUND",
  "DISCOUNT_NOT_ACTIVE",
  "DISCOUNT_MINIMUM_NOT_MET",
  "DISCOUNT_USAGE_LIMIT",
  "DISCOUNT_CUSTOMER_LIMIT",
  "SHIPPING_UNAVAILABLE",
  "SHIPPING_METHOD_INVALID",
  "INVALID_TRANSITION",
  "PAYMENT_UNAVAILABLE",
  "RATE_LIMITED",
  "EMAIL_NOT_VERIFIED",
  "LINK_INVALID",
  "PASSWORD_INCORRECT",
  "REAUTHENTICATION_REQUIRED",
  "ADDRESS_LIMIT",
  "REFUND_EXCEEDS_BALANCE",
  "REFUND_LIMIT_EXCEEDED",
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export class DomainError extends Error {
  override name = "DomainError";

  constructor(
    readonly code: DomainErrorCode,
    /** For logs and developers only; never shown to shoppers. */
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

export function isDomainError(error: unknown, code?: DomainErrorCode): error is DomainError {
  return error instanceof DomainError && (code === undefined || error.code === code);
}
