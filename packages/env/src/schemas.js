// zod building blocks of the catalogue. Their messages complete a sentence that starts with the
// variable's name ("PUBLIC_URL must be ...") and never quote the value: it may be a secret.
import { z } from "zod";

/** A blank line in a .env file means "unset", not "set to the empty string". */
const blankIsUnset = (/** @type {unknown} */ value) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/**
 * An optional variable: blank means unset.
 *
 * @template {z.ZodType} T
 * @param {T} schema
 */
export const optional = (schema) => z.preprocess(blankIsUnset, schema.optional());

/**
 * A variable with a default: blank or unset gives the default.
 *
 * @template {z.ZodType} T
 * @param {T} schema
 * @param {z.input<T>} value
 */
export const withDefault = (schema, value) => z.preprocess(blankIsUnset, schema.default(value));

export const nodeEnv = z.enum(["development", "production", "test"], {
  error: "must be development, production or test",
});

/** @param {number} min */
export const port = (min = 1) =>
  z.coerce
    .number({ error: "must be a port number" })
    .int({ error: "must be a port number" })
    .min(min, { error: `must be a port number from ${min} to 65535` })
    .max(65535, { error: `must be a port number from ${min} to 65535` });

/**
 * @param {number} min
 * @param {number} max
 */
export const integer = (min, max) =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int({ error: `must be a whole number from ${min} to ${max}` })
    .min(min, { error: `must be a whole number from ${min} to ${max}` })
    .max(max, { error: `must be a whole number from ${min} to ${max}` });

/**
 * A URL whose scheme is one of `protocols` (without the colon).
 *
 * @param {string[]} protocols
 * @param {string} expected  How the message describes it ("an http:// or https:// URL").
 */
export const urlOf = (protocols, expected) =>
  z
    .string()
    .trim()
    .refine((value) => URL.canParse(value) && protocols.includes(new URL(value).protocol.replace(/:$/, "")), {
      error: `must be ${expected}`,
    });

export const httpUrl = urlOf(["http", "https"], "an http:// or https:// URL");

export const databaseUrl = z
  .string()
  .trim()
  .refine((value) => URL.canParse(value), {
    error: "is not a valid URL (expected postgresql://user:password@host:port/database).",
  })
  .refine((value) => !URL.canParse(value) || /^postgres(ql)?:$/.test(new URL(value).protocol), {
    error: "must be a postgresql:// URL, e.g. postgresql://user:password@localhost:5432/comptoir.",
  });

/** @param {string} candidate */
function isBareOrigin(candidate) {
  if (!URL.canParse(candidate)) return false;
  const url = new URL(candidate);
  return (
    /^https?:$/.test(url.protocol) &&
    url.pathname === "/" &&
    !url.search &&
    !url.hash &&
    !url.username &&
    !url.password
  );
}

/**
 * A comma-separated list of origins. Origins are public (browsers send them with every form), so the
 * message may quote the wrong entry: it is the quickest way to find it.
 */
export const originList = z.string().superRefine((value, context) => {
  for (const entry of value.split(",")) {
    const candidate = entry.trim();
    if (candidate !== "" && !isBareOrigin(candidate)) {
      context.addIssue({
        code: "custom",
        message: `must list origins such as https://shop.example, separated by commas: "${candidate}" is not one.`,
      });
      return;
    }
  }
});

export const logLevel = z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
  error: "must be one of fatal, error, warn, info, debug, trace, silent",
});
