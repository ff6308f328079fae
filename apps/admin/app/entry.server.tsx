import { assertServerConfiguration } from "@comptoir/api";
import { createDocumentHandler, STREAM_TIMEOUT } from "@comptoir/ui/entry-server";
import { localeDetector } from "./lib/locale.server";

// Runs when the server loads the build: a server without a database refuses to start.
assertServerConfiguration();

export const streamTimeout = STREAM_TIMEOUT;

export default createDocumentHandler({ getLocale: (request) => localeDetector.getLocale(request) });
