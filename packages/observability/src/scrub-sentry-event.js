// What leaves for the error tracker, on the server and in the browser alike: enough to find and
// fix a failure (the error, its stack, the route, the signed-in user's id), never who the shopper
// is nor anything that would let someone act as them. Cookies, credentials, forwarded addresses
// and request bodies are dropped; URLs keep their path and harmless parameters; everything else
// goes through the same redaction as the logs (redact.js), so there is one list of secrets.
// Plain JavaScript without Node imports: the browser bundle loads it too.
import { isExpectedError } from "./expected-errors.js";
import { redact, redactString, REDACTED } from "./redact.js";

/**
 * Request headers worth sending: they say what asked, never who. Every other one (Cookie,
 * Authorization, X-Forwarded-For, API keys...) is dropped, including headers added later.
 */
const KEPT_HEADERS = new Set([
  "accept",
  "accept-language",
  "content-length",
  "content-type",
  "host",
  "referer",
  "user-agent",
  "x-request-id",
]);

/** Span attributes carrying a request's headers (OpenTelemetry names them after the header). */
const HEADER_ATTRIBUTE = /^http\.(request|response)\.header\.(.+)$/;

/** @typedef {Record<string, unknown>} Fields */

/** @param {unknown} value @returns {value is Fields} */
function isFields(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** @param {string} text */
function safeDecode(text) {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

/**
 * A query string ("a=1&token=x", without "?") with the value of each parameter whose name marks
 * a secret (token, code, session id, email...) or whose value holds one replaced by REDACTED.
 * @param {string} query
 * @returns {string}
 */
export function scrubQueryString(query) {
  return query
    .split("&")
    .map((pair) => {
      const equals = pair.indexOf("=");
      if (equals < 0) return redactString(pair);
      const rawName = pair.slice(0, equals);
      const name = safeDecode(rawName);
      const value = safeDecode(pair.slice(equals + 1));
      const masked = /** @type {Fields} */ (redact({ [name]: value }))[name];
      return masked === value ? pair : `${rawName}=${REDACTED}`;
    })
    .join("&");
}

/**
 * A URL (or a text holding one, such as a span's "GET /path?x=1") with its query string and any
 * fragment that carries parameters scrubbed, and emails or tokens in its path masked.
 * @param {string} text
 * @returns {string}
 */
export function scrubUrl(text) {
  const scrubbed = text.replace(/([?#])([^\s"'#]*)/g, (whole, separator, parameters) =>
    separator === "?" || parameters.includes("=") ? `${separator}${scrubQueryString(parameters)}` : whole,
  );
  return redactString(scrubbed);
}

/** @param {unknown} headers @returns {Record<string, string> | undefined} */
function scrubHeaders(headers) {
  if (!isFields(headers)) return undefined;
  /** @type {Record<string, string>} */
  const kept = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (!KEPT_HEADERS.has(lower) || typeof value !== "string") continue;
    kept[name] = lower === "referer" ? scrubUrl(value) : redactString(value);
  }
  return kept;
}

/** @param {unknown} query */
function scrubQuery(query) {
  if (typeof query === "string") return scrubQueryString(query.replace(/^\?/, ""));
  if (Array.isArray(query)) {
    return query.map((pair) =>
      Array.isArray(pair) && typeof pair[0] === "string"
        ? [pair[0], /** @type {Fields} */ (redact({ [pair[0]]: pair[1] }))[pair[0]]]
        : REDACTED,
    );
  }
  return redact(query);
}

/**
 * The request as the tracker may see it: method, scrubbed URL and query, harmless headers. Its
 * cookies, body and environment (client address) are left out whatever the SDK collected.
 * @param {Fields} request
 * @returns {Fields}
 */
function scrubRequest(request) {
  /** @type {Fields} */
  const kept = {};
  if (typeof request.url === "string") kept.url = scrubUrl(request.url);
  if (typeof request.method === "string") kept.method = request.method;
  const headers = scrubHeaders(request.headers);
  if (headers) kept.headers = headers;
  if (request.query_string !== undefined) kept.query_string = scrubQuery(request.query_string);
  return kept;
}

/**
 * A breadcrumb (console line, fetch, navigation...) with its URLs scrubbed and the rest redacted.
 * @template {object} T
 * @param {T} breadcrumb
 * @returns {T}
 */
export function scrubBreadcrumb(breadcrumb) {
  const crumb = /** @type {Fields} */ ({ ...breadcrumb });
  if (typeof crumb.message === "string") crumb.message = redactString(crumb.message);
  if (isFields(crumb.data)) crumb.data = scrubAttributes(crumb.data);
  return /** @type {T} */ (crumb);
}

/**
 * Breadcrumb data and span attributes: header attributes other than the harmless ones are
 * dropped, URL-like values scrubbed, the rest redacted by key and value.
 * @param {Fields} data
 * @returns {Fields}
 */
function scrubAttributes(data) {
  /** @type {Fields} */
  const kept = {};
  for (const [key, value] of Object.entries(data)) {
    const header = HEADER_ATTRIBUTE.exec(key);
    if (header && !KEPT_HEADERS.has(String(header[2]).replace(/_/g, "-").toLowerCase())) continue;
    if (typeof value === "string" && /url|query|target|^from$|^to$|referer/i.test(key)) {
      kept[key] = value.includes("?") || !/query/i.test(key) ? scrubUrl(value) : scrubQueryString(value);
    } else {
      kept[key] = /** @type {Fields} */ (redact({ [key]: value }))[key];
    }
  }
  return kept;
}

/**
 * A stack frame: its local variables redacted, and its source lines (the SDK reads them from the
 * files) scrubbed like URLs, since a literal in the code may be a token, a secret or an address.
 * @param {unknown} frame
 */
function scrubFrame(frame) {
  if (!isFields(frame)) return frame;
  const scrubbed = { ...frame };
  if (scrubbed.vars !== undefined) scrubbed.vars = redact(scrubbed.vars);
  if (typeof scrubbed.context_line === "string") scrubbed.context_line = scrubUrl(scrubbed.context_line);
  for (const key of ["pre_context", "post_context"]) {
    const lines = scrubbed[key];
    if (Array.isArray(lines))
      scrubbed[key] = lines.map((line) => (typeof line === "string" ? scrubUrl(line) : line));
  }
  return scrubbed;
}

/** @param {unknown} exception */
function scrubException(exception) {
  if (!isFields(exception) || !Array.isArray(exception.values)) return redact(exception);
  return {
    ...exception,
    values: exception.values.map((value) => {
      if (!isFields(value)) return value;
      const scrubbed = { ...value };
      if (typeof scrubbed.value === "string") scrubbed.value = redactString(scrubbed.value);
      if (isFields(scrubbed.stacktrace) && Array.isArray(scrubbed.stacktrace.frames)) {
        scrubbed.stacktrace = {
          ...scrubbed.stacktrace,
          frames: scrubbed.stacktrace.frames.map(scrubFrame),
        };
      }
      return scrubbed;
    }),
  };
}

/**
 * A copy of a Sentry event (error or transaction) fit to leave the process: the request reduced
 * to method, scrubbed URL and harmless headers; the user reduced to their id; messages, extra
 * data, contexts, tags, breadcrumbs and span data redacted.
 * @template {object} T
 * @param {T} event
 * @returns {T}
 */
export function scrubSentryEvent(event) {
  const scrubbed = /** @type {Fields} */ ({ ...event });
  if (isFields(scrubbed.request)) scrubbed.request = scrubRequest(scrubbed.request);
  if (scrubbed.user !== undefined) {
    const id = isFields(scrubbed.user) ? scrubbed.user.id : undefined;
    if (typeof id === "string" || typeof id === "number") scrubbed.user = { id };
    else delete scrubbed.user;
  }
  if (typeof scrubbed.message === "string") scrubbed.message = redactString(scrubbed.message);
  if (scrubbed.logentry !== undefined) scrubbed.logentry = redact(scrubbed.logentry);
  if (scrubbed.exception !== undefined) scrubbed.exception = scrubException(scrubbed.exception);
  if (typeof scrubbed.transaction === "string") scrubbed.transaction = scrubUrl(scrubbed.transaction);
  for (const key of ["extra", "tags"]) {
    if (scrubbed[key] !== undefined) scrubbed[key] = redact(scrubbed[key]);
  }
  if (isFields(scrubbed.contexts)) {
    /** @type {Fields} */
    const contexts = {};
    for (const [name, context] of Object.entries(scrubbed.contexts)) {
      if (isFields(context) && isFields(context.data)) {
        // A trace's data holds the request's URL and headers as span attributes.
        const { data, ...rest } = context;
        contexts[name] = { .../** @type {Fields} */ (redact(rest)), data: scrubAttributes(data) };
      } else {
        contexts[name] = redact(context);
      }
    }
    scrubbed.contexts = contexts;
  }
  if (Array.isArray(scrubbed.breadcrumbs)) {
    scrubbed.breadcrumbs = scrubbed.breadcrumbs.map((crumb) =>
      isFields(crumb) ? scrubBreadcrumb(crumb) : crumb,
    );
  }
  if (Array.isArray(scrubbed.spans)) {
    scrubbed.spans = scrubbed.spans.map((span) => {
      if (!isFields(span)) return span;
      const copy = { ...span };
      if (typeof copy.description === "string") copy.description = scrubUrl(copy.description);
      if (isFields(copy.data)) copy.data = scrubAttributes(copy.data);
      return copy;
    });
  }
  return /** @type {T} */ (scrubbed);
}

/**
 * The options both SDKs (server and browser) start with: no personal data collected by default,
 * expected failures dropped, every event, transaction and breadcrumb scrubbed before it is sent.
 */
export function sentryPrivacyOptions() {
  return {
    sendDefaultPii: false,
    /**
     * @template {object} T
     * @param {T} event
     * @param {{ originalException?: unknown }} [hint]
     * @returns {T | null}
     */
    beforeSend(event, hint) {
      return isExpectedError(hint?.originalException) ? null : scrubSentryEvent(event);
    },
    /**
     * @template {object} T
     * @param {T} event
     * @returns {T}
     */
    beforeSendTransaction(event) {
      return scrubSentryEvent(event);
    },
    /**
     * @template {object} T
     * @param {T} breadcrumb
     * @returns {T}
     */
    beforeBreadcrumb(breadcrumb) {
      return scrubBreadcrumb(breadcrumb);
    },
  };
}
