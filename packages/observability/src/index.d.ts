import type { DestinationStream, LevelWithSilent, Logger } from "pino";

export type { Logger } from "pino";

export interface LoggerOptions {
  /** The process's role: "storefront", "admin", "worker"... */
  name: string;
  level?: LevelWithSilent;
  /** Where lines go; stdout by default (tests pass a stream they read). */
  destination?: DestinationStream;
}

/** A pino logger writing one JSON line per event, with secrets and personal data masked at any depth. */
export function createLogger(options: LoggerOptions): Logger;
/** The process's logger (created on first use; its service name is COMPTOIR_SERVICE). */
export function getLogger(): Logger;
/** A copy of `value` with every secret masked, by key name and by value pattern. */
export function redact(value: unknown, depth?: number, seen?: WeakSet<object>): unknown;
/** `value` with what looks like a secret (bearer token, email, card number, key) masked. */
export function redactString(value: string): string;
export const REDACTED: string;

/** What the handling of a request adds to its log line. */
export interface RequestLogContext {
  userId?: string;
}
/** Runs `work` (the rest of a request's handling) with `context` as that request's log context. */
export function runWithRequestLogContext<T>(context: RequestLogContext, work: () => T): T;
/** Names the signed-in user in the current request's log line; does nothing outside a request. */
export function setRequestUser(userId: string): void;
