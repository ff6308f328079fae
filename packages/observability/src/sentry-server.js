// Error reporting on the apps' servers (@sentry/remix), on only when SENTRY_DSN is set. The SDK is
// imported by startServerErrorReporting itself: a server without a DSN never loads it, let alone
// starts it. The Remix build is a bundle with its own copy of this package, so the started SDK is
// handed to it through globalThis (as the metrics registry is).
import { createRequire } from "node:module";
import { isExpectedError } from "./expected-errors.js";
import { scrubUrl, sentryPrivacyOptions } from "./scrub-sentry-event.js";
import { sentrySettingsFromEnv } from "./sentry-settings.js";

const REPORTER = Symbol.for("comptoir.errorReporter");

/**
 * @typedef {object} ServerErrorReporter
 * @property {(error: unknown, request: Request) => void} capture  Reports a request's failure.
 * @property {(timeoutMs?: number) => Promise<boolean>} flush  Sends what is queued (before exit).
 */

/** @returns {{ [REPORTER]?: ServerErrorReporter }} */
function registry() {
  return /** @type {{ [REPORTER]?: ServerErrorReporter }} */ (globalThis);
}

/**
 * Starts the server SDK when SENTRY_DSN is set, and does nothing (not even load the SDK)
 * otherwise. Call it before the Remix build is imported: the SDK must be running before the first
 * request, and with traces on it wraps Remix's request handler, which only works before the build
 * takes it. What it sends is scrubbed first (see scrub-sentry-event.js).
 *
 * @param {{ service: string, env?: Record<string, string | undefined> }} options
 * @returns {Promise<ServerErrorReporter | null>}
 */
export async function startServerErrorReporting({ service, env = process.env }) {
  const settings = sentrySettingsFromEnv(env);
  if (!settings) return null;
  const existing = registry()[REPORTER];
  if (existing) return existing;
  const Sentry = await import("@sentry/remix");
  const tracing = settings.tracesSampleRate > 0;
  const client = Sentry.init({
    dsn: settings.dsn,
    environment: settings.environment,
    // Without a rate no span is even created: errors only.
    tracesSampleRate: tracing ? settings.tracesSampleRate : undefined,
    // The loader hooks wrap every module imported afterwards; only traces of libraries need them.
    registerEsmLoaderHooks: tracing,
    initialScope: { tags: { service } },
    integrations: [
      // The SDK's default would log an unhandled rejection and carry on; Node stops the process,
      // and it keeps doing so once the rejection is reported.
      Sentry.onUnhandledRejectionIntegration({ mode: "strict" }),
    ],
    ...sentryPrivacyOptions(),
  });
  if (!tracing) unwrapRemixRequestHandler();
  // The trace's summary (sent in each envelope's header and in the `baggage` header of outgoing
  // requests) names the transaction before beforeSendTransaction sees it: scrub it there too.
  client?.on("createDsc", (dsc) => {
    if (dsc.transaction) dsc.transaction = scrubUrl(dsc.transaction);
  });
  /** @type {ServerErrorReporter} */
  const reporter = {
    capture(error, request) {
      // The SDK's helper reads the request (scrubbed before sending) and skips Responses.
      Sentry.sentryHandleError(
        error,
        /** @type {Parameters<typeof Sentry.sentryHandleError>[1]} */ (/** @type {unknown} */ ({ request })),
      );
    },
    flush: (timeoutMs = 2_000) => Sentry.flush(timeoutMs),
  };
  registry()[REPORTER] = reporter;
  return reporter;
}

/**
 * Gives Remix back its own request handler. The SDK's wrapper rewrites every loader of the build
 * for tracing, and so adds a root loader that puts the request's trace id in every page's data:
 * the pages' ETag (a hash of that data) would then change with every request and never answer
 * 304 again, and each navigation would call that loader. Without traces none of it serves: the
 * failures are reported by handleError, and the SDK's Http integration keeps each request's
 * scope apart. The copy unwrapped is the one the SDK wrapped, required from the SDK's folder.
 */
function unwrapRemixRequestHandler() {
  const requireFromSdk = createRequire(createRequire(import.meta.url).resolve("@sentry/remix"));
  const runtime = /** @type {{ createRequestHandler?: Function & { __sentry_original__?: Function } }} */ (
    requireFromSdk("@remix-run/server-runtime")
  );
  const original = runtime.createRequestHandler?.__sentry_original__;
  if (original) runtime.createRequestHandler = original;
}

/**
 * Reports a request's failure when error reporting is on; does nothing otherwise, and for
 * expected outcomes (404, refused, bad input) or requests the client gave up on.
 * @param {unknown} error
 * @param {Request} request
 */
export function reportServerError(error, request) {
  const reporter = registry()[REPORTER];
  if (!reporter || request.signal.aborted || isExpectedError(error)) return;
  reporter.capture(error, request);
}

/**
 * The `handleError` of both apps' entry.server: Remix logs a failure itself only when the app
 * exports none, so this keeps its log line (on stderr, as before) and reports the failure.
 * @param {unknown} error
 * @param {{ request: Request }} args
 */
export function handleServerError(error, { request }) {
  if (request.signal.aborted) return;
  const inner = /** @type {{ error?: unknown } | null} */ (error);
  // Remix's own error responses (an unknown path...) wrap the error they stand for.
  console.error(inner !== null && typeof inner === "object" && inner.error ? inner.error : error);
  reportServerError(error, request);
}

/**
 * Sends the reports still queued, before the process exits; resolves at once when error
 * reporting is off.
 * @param {number} [timeoutMs]
 */
export async function flushServerErrorReports(timeoutMs) {
  return (await registry()[REPORTER]?.flush(timeoutMs)) ?? true;
}
