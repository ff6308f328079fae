// Cross-site request forgery defence of both apps: a request that may change something must come
// from the app's own pages. SameSite=Lax cookies are not enough on their own: a sibling subdomain is
// "same-site", old browsers ignore the attribute, and forms that need no session (log in, sign up, a
// guest's cart) are not protected by a cookie at all.
// Browsers, however, say where a request comes from in headers a page cannot set (Origin, Referer,
// Sec-Fetch-Site), so checking them stops a foreign site from submitting our forms with the visitor's
// cookies, without a token in every form (OWASP: "verify origin with standard headers").

/** Methods that change nothing (the apps keep them so): never checked. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS", "TRACE"]);

/**
 * Why a request was refused (logged; never shown to the visitor).
 * @typedef {"cross-site" | "null-origin" | "foreign-origin" | "foreign-referer"} RefusalReason
 */

/**
 * @typedef {{ allowed: true } | { allowed: false, reason: RefusalReason }} SameOriginDecision
 */

/** @type {SameOriginDecision} */
const ALLOWED = Object.freeze({ allowed: true });

/**
 * @param {RefusalReason} reason
 * @returns {SameOriginDecision}
 */
function refused(reason) {
  return { allowed: false, reason };
}

/**
 * A header's single value: Node joins repeated headers with ", " (or gives an array); a repeated
 * Origin is then no origin at all, which the caller refuses.
 *
 * @param {string | string[] | undefined} value
 * @returns {string | undefined}
 */
function headerValue(value) {
  return Array.isArray(value) ? value.join(", ") : value;
}

/**
 * The first value of a list header (X-Forwarded-*: "client, proxy1, proxy2"), as Express reads it.
 *
 * @param {string | string[] | undefined} value
 */
function firstOf(value) {
  const first = headerValue(value)?.split(",")[0]?.trim();
  return first ? first : undefined;
}

/**
 * The origin ("https://shop.example") of an absolute http(s) URL, or null for anything else: a
 * malformed value, "null", another scheme.
 *
 * @param {string | undefined} value
 * @returns {string | null}
 */
export function originOf(value) {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The origin the app is reached at, as the browser sees it: the Host header over the socket's
 * protocol. Behind a trusted proxy (the production server sets Express's "trust proxy"), the first
 * X-Forwarded-Proto and X-Forwarded-Host win, exactly as Express derives `req.protocol` and
 * `req.hostname` (ports kept: the browser's Origin carries them).
 *
 * @param {import("node:http").IncomingHttpHeaders} headers
 * @param {{ encrypted: boolean, trustProxy: boolean }} connection
 * @returns {string | null}  null without a usable Host header.
 */
export function requestOrigin(headers, { encrypted, trustProxy }) {
  const protocol = (trustProxy && firstOf(headers["x-forwarded-proto"])) || (encrypted ? "https" : "http");
  const host = (trustProxy && firstOf(headers["x-forwarded-host"])) || headerValue(headers.host);
  if (!host) return null;
  return originOf(`${protocol}://${host}`);
}

/**
 * Whether a request may run. Safe methods always may. For the others, in order:
 * - `Sec-Fetch-Site: cross-site` (another site's page sent it): refused;
 * - an Origin header: it must be the app's own origin or an allowed one; "null" (sandboxed frames,
 *   some redirects, local files) is refused;
 * - no Origin but a Referer: the same rule on the Referer's origin;
 * - neither: allowed. Browsers send Origin on every POST, so a forged cross-site form always carries
 *   one; requests without it come from servers (Stripe's webhooks) and API clients, which hold no
 *   visitor's cookie to abuse.
 *
 * @param {{
 *   method: string,
 *   headers: import("node:http").IncomingHttpHeaders,
 *   ownOrigin: string | null,
 *   allowedOrigins: ReadonlySet<string>,
 * }} request
 * @returns {SameOriginDecision}
 */
export function checkSameOrigin({ method, headers, ownOrigin, allowedOrigins }) {
  if (SAFE_METHODS.has(method.toUpperCase())) return ALLOWED;
  if (headerValue(headers["sec-fetch-site"])?.trim().toLowerCase() === "cross-site") {
    return refused("cross-site");
  }
  /** @param {string | null} origin */
  const trusted = (origin) => origin !== null && (origin === ownOrigin || allowedOrigins.has(origin));
  const origin = headerValue(headers.origin);
  if (origin !== undefined) {
    if (origin.trim() === "null") return refused("null-origin");
    return trusted(originOf(origin.trim())) ? ALLOWED : refused("foreign-origin");
  }
  const referer = headerValue(headers.referer);
  if (referer !== undefined) {
    return trusted(originOf(referer.trim())) ? ALLOWED : refused("foreign-referer");
  }
  return ALLOWED;
}
