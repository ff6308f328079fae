// Values that are public because they sit in this repository: `pnpm dev` and the tests use them so
// that nothing needs configuring. Anyone can read them here, so production refuses every one of them
// as a secret (see production-rules.js).

/** Signs the cart cookie in development and tests only. */
export const DEVELOPMENT_COOKIE_SECRET = "comptoir-development-cookie-secret-not-for-production";

/** The signing secret shared by the local Stripe emulator and the webhook route. */
export const DEVELOPMENT_WEBHOOK_SECRET = "whsec_comptoir_emulator_development";

/** Encrypts staff TOTP secrets in development and tests only (packages/auth two-factor). */
export const DEVELOPMENT_TOTP_ENCRYPTION_KEY = "comptoir-development-totp-key-not-for-production";

/** The demo owner's password (prisma/seed/demo-staff.ts): published in the README. */
export const DEMO_STAFF_PASSWORD = "comptoir-demo-admin";

/**
 * Every value production must never accept as a secret: ours, and the placeholders people paste
 * from examples. Compared case-insensitively, after trimming.
 */
export const KNOWN_DEVELOPMENT_SECRETS = Object.freeze([
  DEVELOPMENT_COOKIE_SECRET,
  DEVELOPMENT_WEBHOOK_SECRET,
  DEVELOPMENT_TOTP_ENCRYPTION_KEY,
  DEMO_STAFF_PASSWORD,
  "changeme",
  "change-me",
  "secret",
  "password",
]);

/** @param {string} value */
export function isKnownDevelopmentSecret(value) {
  const candidate = value.trim().toLowerCase();
  return KNOWN_DEVELOPMENT_SECRETS.some((known) => known.toLowerCase() === candidate);
}
