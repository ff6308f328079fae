// The one place where domain error codes become tRPC errors. Clients read `data.domainCode`
// (and `data.fieldErrors` for invalid input) and translate them; messages stay codes, never prose.
import { DomainError, type DomainErrorCode } from "@comptoir/core";
import { TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { ZodError, ZodRealError } from "zod";

const TRPC_CODES: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: "NOT_FOUND",
  INVALID_CREDENTIALS: "UNAUTHORIZED",
  UNAUTHENTICATED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  CONFLICT: "CONFLICT",
  OUT_OF_STOCK: "CONFLICT",
  INSUFFICIENT_STOCK: "CONFLICT",
  QUANTITY_LIMIT: "BAD_REQUEST",
  CURRENCY_MISMATCH: "BAD_REQUEST",
  CART_EMPTY: "BAD_REQUEST",
  CART_CHANGED: "CONFLICT",
  DISCOUNT_NOT_FOUND: "NOT_FOUND",
  DISCOUNT_NOT_ACTIVE: "BAD_REQUEST",
  DISCOUNT_MINIMUM_NOT_MET: "BAD_REQUEST",
  DISCOUNT_USAGE_LIMIT: "CONFLICT",
  DISCOUNT_CUSTOMER_LIMIT: "CONFLICT",
  SHIPPING_UNAVAILABLE: "BAD_REQUEST",
  SHIPPING_METHOD_INVALID: "BAD_REQUEST",
  INVALID_TRANSITION: "CONFLICT",
  PAYMENT_UNAVAILABLE: "BAD_GATEWAY",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  EMAIL_NOT_VERIFIED: "FORBIDDEN",
  LINK_INVALID: "BAD_REQUEST",
  PASSWORD_INCORRECT: "BAD_REQUEST",
  REAUTHENTICATION_REQUIRED: "FORBIDDEN",
  ADDRESS_LIMIT: "BAD_REQUEST",
  REFUND_EXCEEDS_BALANCE: "BAD_REQUEST",
  REFUND_LIMIT_EXCEEDED: "FORBIDDEN",
};

export function toTRPCError(error: DomainError): TRPCError {
  return new TRPCError({ code: TRPC_CODES[error.code], message: error.code, cause: error });
}

/**
 * Input that passed the procedure's schema but fails a check that needs the server's data (the
 * account's address typed again, say): the same BAD_REQUEST with field errors as a schema failure.
 */
export function invalidInput(error: ZodError): TRPCError {
  return new TRPCError({ code: "BAD_REQUEST", message: "BAD_REQUEST", cause: error });
}

/** A form error on one field found by the server (not by the schema), shaped like a schema failure. */
export function fieldError(field: string, message: string): TRPCError {
  return invalidInput(new ZodRealError([{ code: "custom", path: [field], message, input: undefined }]));
}

/** Field path -> translation keys, for forms. */
export type FieldErrors = Record<string, string[]>;

export function fieldErrorsOf(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** The domain code carried by an error thrown from a caller, if any. */
export function domainCodeOf(error: unknown): DomainErrorCode | null {
  if (error instanceof DomainError) return error.code;
  if (error instanceof TRPCError && error.cause instanceof DomainError) return error.cause.code;
  return null;
}

export function isNotFoundError(error: unknown): boolean {
  return error instanceof TRPCError && error.code === "NOT_FOUND";
}

export function fieldErrorsFromError(error: unknown): FieldErrors | null {
  if (error instanceof TRPCError && error.cause instanceof ZodError) return fieldErrorsOf(error.cause);
  return null;
}
