import { DEVELOPMENT_TOTP_ENCRYPTION_KEY } from "@comptoir/env";
import { z } from "zod";

// DEVELOPMENT_TOTP_ENCRYPTION_KEY encrypts TOTP secrets in development and tests only. It sits in
// this repository, so production refuses it (and any key shorter than 32 characters): see
// TOTP_ENCRYPTION_KEY in docs/configuration.md.
export { DEVELOPMENT_TOTP_ENCRYPTION_KEY };

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  TOTP_ENCRYPTION_KEY: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined),
});

/** The auth package's environment, read once. */
export const authEnv = schema.parse(process.env);

/**
 * The key that encrypts TOTP secrets. Checked when first needed rather than at import: the
 * storefront loads this package too and never touches a TOTP secret. The admin's start-up check
 * (packages/env) refuses a missing or short key in production before any request.
 */
export function totpEncryptionKey(env: typeof authEnv = authEnv): string {
  const key = env.TOTP_ENCRYPTION_KEY;
  if (env.NODE_ENV !== "production") return key ?? DEVELOPMENT_TOTP_ENCRYPTION_KEY;
  if (!key || key.length < 32 || key === DEVELOPMENT_TOTP_ENCRYPTION_KEY) {
    throw new Error("TOTP_ENCRYPTION_KEY must be set to 32+ random characters in production");
  }
  return key;
}
