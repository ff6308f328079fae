// Error reporting in the browser, started by each app's entry.client. The settings come from the
// page itself (the <meta> the server renders when SENTRY_DSN is set), so one build serves shops
// with and without error reporting; without them, nothing is imported: the SDK and the scrubbing
// are separate chunks that such a page never downloads.
import { readDocumentSettings } from "../document-settings";

/** What the browser SDK is started with (@sentry/remix's browser `init` accepts these). */
export interface BrowserSdkOptions {
  dsn: string;
  environment: string;
  sendDefaultPii: false;
  beforeSend<T extends object>(event: T, hint?: { originalException?: unknown }): T | null;
  beforeSendTransaction<T extends object>(event: T): T;
  beforeBreadcrumb<T extends object>(breadcrumb: T): T;
}

/** The part of @sentry/remix's browser SDK this needs. */
export interface BrowserSdk {
  init(options: BrowserSdkOptions): unknown;
  /**
   * Reports an error a route's error boundary caught (@sentry/remix's
   * `captureRemixErrorBoundaryError`). React catches render errors before they reach the
   * window's error handlers, so the SDK never sees them unless told.
   */
  captureBoundaryError(error: unknown): unknown;
}

/** The SDK once started; null while it is not (no settings, not loaded yet, blocked). */
let runningSdk: Promise<BrowserSdk | null> = Promise.resolve(null);

/**
 * Remix's message for a server error sent to the browser in production, details removed. The
 * server reported the original with its stack: the browser's copy would be a duplicate.
 */
const SANITIZED_SERVER_ERROR = "Unexpected Server Error";

/**
 * An error shown by an error boundary in the browser: reported once the SDK runs, when error
 * reporting is on. Pages that do not exist (route error responses) and errors that came from the
 * server (reported there) are not.
 */
export function reportBoundaryError(error: unknown, isRouteErrorResponse: boolean): void {
  if (isRouteErrorResponse) return;
  if (error instanceof Error && error.message === SANITIZED_SERVER_ERROR) return;
  void runningSdk.then((sdk) => sdk?.captureBoundaryError(error));
}

/**
 * Starts the browser SDK when the page carries error-reporting settings, and does nothing (not
 * one byte downloaded) otherwise. `loadSdk` is the app's dynamic import of @sentry/remix: the
 * app owns that dependency, and its bundler makes a chunk of it. Resolves whether it started;
 * a failure to load (an ad blocker, a flaky network) never breaks the page.
 */
export async function startBrowserMonitoring(loadSdk: () => Promise<BrowserSdk>): Promise<boolean> {
  const { monitoring } = readDocumentSettings(document);
  if (!monitoring) return false;
  runningSdk = (async () => {
    try {
      const [sdk, { sentryPrivacyOptions }] = await Promise.all([
        loadSdk(),
        import("@comptoir/observability/browser"),
      ]);
      // Errors only: traces are the server's (SENTRY_TRACES_SAMPLE_RATE).
      sdk.init({ dsn: monitoring.dsn, environment: monitoring.environment, ...sentryPrivacyOptions() });
      return sdk;
    } catch {
      return null;
    }
  })();
  return (await runningSdk) !== null;
}
