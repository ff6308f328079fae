import { createDocumentHandler, STREAM_TIMEOUT } from "@comptoir/ui/entry-server";
import { localeDetector } from "./lib/locale.server";

export const streamTimeout = STREAM_TIMEOUT;

export default createDocumentHandler({ getLocale: (request) => localeDetector.getLocale(request) });
