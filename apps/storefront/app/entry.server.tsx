import { assertServerConfiguration } from "@comptoir/api";
import { handleServerError } from "@comptoir/observability";
import type { HandleErrorFunction } from "@remix-run/node";
import { createDocumentHandler, STREAM_TIMEOUT } from "@comptoir/ui/entry-server";
import { localeDetector } from "./lib/locale.server";

// Runs when the server loads the build: a server without a database refuses to start.
assertServerConfiguration();

export const streamTimeout = STREAM_TIMEOUT;

// A loader, action or render that fails: logged as Remix would, and reported when SENTRY_DSN is
// set (not the expected outcomes: 404, refusals, bad input).
export const handleError: HandleErrorFunction = handleServerError;

export default createDocumentHandler({ getLocale: (request) => localeDetector.getLocale(request) });
