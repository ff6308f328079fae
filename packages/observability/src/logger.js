// One JSON line per event on stdout (pino), with secrets masked before anything is written.
// Log collectors (Loki, CloudWatch, Datadog...) read these lines as they are. Plain JavaScript
// (checked by TypeScript through JSDoc) so that `node server.js` loads it without a build step.
import pino from "pino";
import { redact, redactString } from "./redact.js";

/** @returns {import("pino").LevelWithSilent} */
function defaultLevel() {
  const level = process.env.LOG_LEVEL;
  if (level && level in pino.levels.values) return /** @type {import("pino").Level} */ (level);
  if (level === "silent") return "silent";
  return process.env.NODE_ENV === "test" ? "silent" : "info";
}

/**
 * @param {import("./index.js").LoggerOptions} options
 * @returns {import("pino").Logger}
 */
export function createLogger(options) {
  return pino(
    {
      name: options.name,
      level: options.level ?? defaultLevel(),
      base: { service: options.name },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        // Every field object goes through the redaction, whatever its depth.
        log: (object) => /** @type {Record<string, unknown>} */ (redact(object)),
      },
      hooks: {
        // Messages are free text: mask what looks like a secret in them too.
        logMethod(args, method) {
          const masked = args.map((arg) => (typeof arg === "string" ? redactString(arg) : arg));
          method.apply(this, /** @type {Parameters<typeof method>} */ (masked));
        },
      },
    },
    options.destination,
  );
}

/** @type {import("pino").Logger | undefined} */
let shared;

/**
 * The process's logger (created on first use).
 * @returns {import("pino").Logger}
 */
export function getLogger() {
  shared ??= createLogger({ name: process.env.COMPTOIR_SERVICE ?? "comptoir" });
  return shared;
}
