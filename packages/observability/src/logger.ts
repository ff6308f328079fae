// One JSON line per event on stdout (pino), with secrets masked before anything is written.
// Log collectors (Loki, CloudWatch, Datadog...) read these lines as they are.
import pino, { type DestinationStream, type Logger } from "pino";
import { redact, redactString } from "./redact";

export type { Logger } from "pino";

export interface LoggerOptions {
  /** The process's role: "storefront", "admin", "worker"... */
  name: string;
  level?: pino.LevelWithSilent;
  /** Where lines go; stdout by default (tests pass a stream they read). */
  destination?: DestinationStream;
}

function defaultLevel(): pino.LevelWithSilent {
  const level = process.env.LOG_LEVEL;
  if (level && level in pino.levels.values) return level as pino.Level;
  if (level === "silent") return "silent";
  return process.env.NODE_ENV === "test" ? "silent" : "info";
}

export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      name: options.name,
      level: options.level ?? defaultLevel(),
      base: { service: options.name },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        // Every field object goes through the redaction, whatever its depth.
        log: (object) => redact(object) as Record<string, unknown>,
      },
      hooks: {
        // Messages are free text: mask what looks like a secret in them too.
        logMethod(args, method) {
          const masked = args.map((arg) => (typeof arg === "string" ? redactString(arg) : arg));
          method.apply(this, masked as Parameters<typeof method>);
        },
      },
    },
    options.destination,
  );
}

let shared: Logger | undefined;

/** The process's logger (created on first use). */
export function getLogger(): Logger {
  shared ??= createLogger({ name: process.env.COMPTOIR_SERVICE ?? "comptoir" });
  return shared;
}
