// What error reporting is set to, read once from the environment: both apps' servers and the pages
// they render (which hand the browser its own copy) read it here, so they can never disagree.

/**
 * @typedef {object} SentrySettings
 * @property {string} dsn               Where events go; its origin is the only one they are sent to.
 * @property {string} environment       Shown on every event (SENTRY_ENVIRONMENT, else NODE_ENV).
 * @property {number} tracesSampleRate  0 (errors only) to 1 (every request traced).
 */

/**
 * The error-reporting settings, or null when SENTRY_DSN is unset: then nothing is initialised and
 * nothing is ever sent. Values were validated at start-up (packages/env); a rate out of range
 * still falls back to 0 here rather than trace everything.
 *
 * @param {Record<string, string | undefined>} [env]
 * @returns {SentrySettings | null}
 */
export function sentrySettingsFromEnv(env = process.env) {
  const dsn = env.SENTRY_DSN?.trim();
  if (!dsn) return null;
  const rate = Number(env.SENTRY_TRACES_SAMPLE_RATE ?? 0);
  return {
    dsn,
    environment: env.SENTRY_ENVIRONMENT?.trim() || env.NODE_ENV || "development",
    tracesSampleRate: Number.isFinite(rate) && rate >= 0 && rate <= 1 ? rate : 0,
  };
}
