import { parse as parseQueryString } from "qs";
import { z } from "zod";
import { invalidRequest } from "./api-error";

export type Params = Record<string, unknown>;

/**
 * Reads a form-encoded body or query string as the SDK writes it: bracket notation for nested objects
 * (`line_items[0][price_data][currency]=eur`, `expand[]=payment_intent`).
 */
export function parseParams(text: string): Params {
  return parseQueryString(text, {
    depth: 10,
    arrayLimit: 1000,
    parameterLimit: 5000,
    allowPrototypes: false,
  });
}

/** `["line_items", 0, "quantity"]` -> `line_items[0][quantity]`, the way Stripe names a parameter in errors. */
export function paramName(path: readonly PropertyKey[]): string {
  const [head, ...rest] = path.map(String);
  return `${head ?? ""}${rest.map((segment) => `[${segment}]`).join("")}`;
}

/** Validates parameters and answers the first problem the way Stripe words it. */
export function validateParams<T>(schema: z.ZodType<T>, params: Params): T {
  const result = schema.safeParse(params, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw invalidRequest("Invalid request");
  if (issue.code === "unrecognized_keys") {
    const param = paramName([...issue.path, issue.keys[0] ?? ""]);
    // Unknown to the emulator is not necessarily unknown to Stripe: say which, so nobody is misled.
    throw invalidRequest(
      `Received unknown parameter: ${param} (the Stripe emulator does not implement it)`,
      param,
    );
  }
  const param = paramName(issue.path);
  if (issue.code === "invalid_type" && issue.input === undefined) {
    throw invalidRequest(`Missing required param: ${param}.`, param, "parameter_missing");
  }
  throw invalidRequest(`Invalid ${param}: ${issue.message}`, param, "parameter_invalid");
}

// Every value arrives as a string in a form-encoded body.
export const integer = z
  .string()
  .regex(/^-?\d{1,15}$/, "must be an integer")
  .transform(Number);
export const nonNegativeInteger = integer.refine((value) => value >= 0, "must be greater than or equal to 0");
export const positiveInteger = integer.refine((value) => value > 0, "must be greater than 0");

export const currency = z
  .string()
  .regex(/^[A-Za-z]{3}$/, "must be a three-letter ISO currency code")
  .transform((value) => value.toLowerCase());

export const httpUrl = z.url({ protocol: /^https?$/, error: "Not a valid URL" });

/** Stripe's metadata limits: 50 keys, keys up to 40 characters, values up to 500. */
export const metadata = z
  .record(z.string().min(1).max(40), z.string().max(500))
  .refine((value) => Object.keys(value).length <= 50, "has more than 50 keys");

export const expand = z.array(z.string()).optional();
