import type { DestinationStream, LevelWithSilent, Logger } from "pino";
import type { Counter, Gauge, Histogram, Registry } from "prom-client";

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
/** The request header that names the request's log context (set by the HTTP server only). */
export const REQUEST_LOG_HEADER: string;
/** Opens `context` as a request's log context; its key goes in the request's REQUEST_LOG_HEADER. */
export function openRequestLogContext(context: RequestLogContext): string;
/** Once the request's line is written: nothing may be added to it any more. */
export function closeRequestLogContext(key: string): void;
/**
 * Names the signed-in user in the log line of the request these headers belong to; does nothing
 * for headers that name no open context.
 */
export function setRequestUser(headers: { get(name: string): string | null }, userId: string): void;

/** Database pool sizes at scrape time. */
export interface DbPoolUsage {
  total: number;
  idle: number;
  waiting: number;
}

/** An app server's page reads at scrape time: being worked on, and queued behind them. */
export interface PageReadUsage {
  active: number;
  waiting: number;
}

/** The process's metrics: one prom-client registry shared by the server, the API and the worker. */
export interface Metrics {
  registry: Registry;
  sources: {
    dbPool: (() => DbPoolUsage | undefined) | undefined;
    queueDepths: (() => Promise<Record<string, number>>) | undefined;
    pageReads: (() => PageReadUsage) | undefined;
  };
  httpRequests: Counter<"method" | "route" | "status">;
  httpDuration: Histogram<"method" | "route" | "status">;
  trpcDuration: Histogram<"path" | "type" | "outcome">;
  trpcErrors: Counter<"path" | "code">;
  dbPool: Gauge<"state">;
  pageReads: Gauge<"state">;
  jobQueueDepth: Gauge<"queue">;
  jobsProcessed: Counter<"queue" | "outcome">;
  jobDuration: Histogram<"queue">;
  ordersCreated: Counter;
  ordersPaid: Counter;
  checkoutFailures: Counter<"code">;
  paymentFailures: Counter;
  webhookEvents: Counter<"source" | "type" | "outcome">;
}

/** The process's metrics (created on first use, shared through globalThis with bundled copies). */
export function getMetrics(): Metrics;
/** Every metric name the registry defines: dashboards and alert rules may only use these. */
export function metricNames(): string[];
/** The Prometheus exposition text of every metric, for a scrape. */
export function renderMetrics(): Promise<{ contentType: string; body: string }>;
/** Counts an answered HTTP request (route template, never the raw path) and its duration. */
export function recordHttpRequest(request: {
  method: string;
  route: string;
  status: number;
  durationSeconds: number;
}): void;
/** Records a tRPC procedure's duration, and its error code when it failed. */
export function recordTrpcCall(call: {
  path: string;
  type: string;
  durationSeconds: number;
  errorCode?: string;
}): void;
/** Where the pool gauge reads its sizes at scrape time. */
export function setDbPoolSource(source: () => DbPoolUsage | undefined): void;
/** Where the page reads gauge reads the app server's limiter at scrape time. */
export function setPageReadSource(source: () => PageReadUsage): void;
/** Where the queue depth gauge reads its values at scrape time (queue name to waiting jobs). */
export function setQueueDepthSource(source: () => Promise<Record<string, number>>): void;

/** Error-reporting settings; null when SENTRY_DSN is unset (nothing is initialised nor sent). */
export interface SentrySettings {
  dsn: string;
  environment: string;
  tracesSampleRate: number;
}
export function sentrySettingsFromEnv(env?: Record<string, string | undefined>): SentrySettings | null;

/**
 * True for a failure that is an expected outcome, never reported: a thrown Response or Remix error
 * response below 500, a tRPC error with a client-side code, a core DomainError, an AbortError.
 */
export function isExpectedError(error: unknown): boolean;
/** A query string (without "?") with the values of secret-looking parameters masked. */
export function scrubQueryString(query: string): string;
/** A URL (or a text holding one) with secret query parameters and emails or tokens masked. */
export function scrubUrl(text: string): string;
/** A breadcrumb with its URLs scrubbed and the rest of its data redacted. */
export function scrubBreadcrumb<T extends object>(breadcrumb: T): T;
/**
 * A Sentry event fit to be sent: the request reduced to method, scrubbed URL and harmless headers
 * (no cookies, body or client address), the user to their id, everything else redacted.
 */
export function scrubSentryEvent<T extends object>(event: T): T;
/** The privacy options both SDKs start with (no default PII, expected errors dropped, scrubbing). */
export interface SentryPrivacyOptions {
  sendDefaultPii: false;
  beforeSend<T extends object>(event: T, hint?: { originalException?: unknown }): T | null;
  beforeSendTransaction<T extends object>(event: T): T;
  beforeBreadcrumb<T extends object>(breadcrumb: T): T;
}
export function sentryPrivacyOptions(): SentryPrivacyOptions;

/** The started server SDK, shared with the Remix build's bundled copy of this package. */
export interface ServerErrorReporter {
  /** Reports a request's failure. */
  capture(error: unknown, request: Request): void;
  /** Sends what is queued (before exit). */
  flush(timeoutMs?: number): Promise<boolean>;
}
/**
 * Starts @sentry/remix on the server when SENTRY_DSN is set (call it before the Remix build is
 * imported); resolves null, without even loading the SDK, when it is not.
 */
export function startServerErrorReporting(options: {
  service: string;
  env?: Record<string, string | undefined>;
}): Promise<ServerErrorReporter | null>;
/** Reports a request's failure when error reporting is on and the failure is not expected. */
export function reportServerError(error: unknown, request: Request): void;
/** entry.server's handleError: logs the failure as Remix would, then reports it. */
export function handleServerError(error: unknown, args: { request: Request }): void;
/** Sends the reports still queued; resolves at once when error reporting is off. */
export function flushServerErrorReports(timeoutMs?: number): Promise<boolean>;
