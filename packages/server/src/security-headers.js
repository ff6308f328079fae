// The security headers of every response of both apps (docs/security.md). Applied when the response's
// headers are written rather than up front, for two reasons: a route may set its own value (the
// emailed-link pages send a stricter Referrer-Policy) and must win, not be appended to; and a 304
// must not carry a Content-Security-Policy, since a cache would store its new nonce beside the old
// body, whose scripts carry the nonce of the response that was cached.
import onHeaders from "on-headers";
import { cspNonce } from "./csp-nonce.js";

/**
 * @typedef {object} SecurityHeaderOptions
 * @property {"storefront" | "admin"} app
 * @property {boolean} production       HSTS and upgrade-insecure-requests (the site is served over https).
 * @property {string[]} [connectOrigins] Other origins the pages' scripts send to (error reporting).
 * @property {string[]} [formOrigins]    Other origins a form may lead to (the payment page, by redirect).
 */

/**
 * @param {SecurityHeaderOptions & { nonce: string }} options
 * @returns {string}
 */
export function contentSecurityPolicy({ nonce, production, connectOrigins = [], formOrigins = [] }) {
  const directives = [
    "default-src 'self'",
    // Remix's inline scripts (hydration data, module imports, scroll restoration) carry the nonce;
    // everything else is a file of our own. No 'unsafe-inline', no 'unsafe-eval'.
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    // data: for the few inline images (QR codes of the two-factor enrolment, placeholders).
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...connectOrigins].join(" "),
    ["form-action 'self'", ...formOrigins].join(" "),
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ];
  if (production) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

// Features no page of the shop uses: a script injected into a page cannot use them either.
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "payment=()",
  "usb=()",
].join(", ");

/**
 * The headers every response gets unless it sets its own, the CSP aside (see securityHeaders).
 *
 * @param {SecurityHeaderOptions} options
 * @returns {Record<string, string>}
 */
export function defaultSecurityHeaders({ app, production }) {
  /** @type {Record<string, string>} */
  const headers = {
    "X-Content-Type-Options": "nosniff",
    // Neither app is ever shown in another site's frame (clickjacking); frame-ancestors says the same
    // to browsers that read the CSP.
    "X-Frame-Options": "DENY",
    // The admin's URLs name orders and customers: other sites never see them. The storefront's give
    // other sites the origin only.
    "Referrer-Policy": app === "admin" ? "same-origin" : "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  // Only over https (production runs behind a TLS proxy): two years, as the HSTS preload list asks.
  if (production) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}

/**
 * An Express middleware giving each request a fresh CSP nonce (`response.locals.cspNonce`, passed to
 * the document through Remix's load context) and each response the security headers.
 *
 * @param {SecurityHeaderOptions} options
 * @returns {import("express").RequestHandler}
 */
export function securityHeaders(options) {
  const defaults = Object.entries(defaultSecurityHeaders(options));
  // The policy is the same for every response but for its nonce: written once, around it.
  const [beforeNonce, afterNonce] = contentSecurityPolicy({ ...options, nonce: "\0" }).split("\0");
  return (_request, response, next) => {
    const nonce = cspNonce();
    response.locals.cspNonce = nonce;
    onHeaders(response, () => {
      for (const [name, value] of defaults) {
        if (!response.hasHeader(name)) response.setHeader(name, value);
      }
      if (response.statusCode === 304) {
        response.removeHeader("Content-Security-Policy");
      } else if (!response.hasHeader("Content-Security-Policy")) {
        response.setHeader("Content-Security-Policy", `${beforeNonce}${nonce}${afterNonce}`);
      }
    });
    next();
  };
}

/**
 * Where the storefront's checkout may send the shopper: Stripe's hosted payment page, or the local
 * emulator's outside production (packages/payments). Chromium applies form-action to the redirect
 * that follows the checkout form's submission.
 *
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export function paymentPageOrigins(env) {
  const origins = ["https://checkout.stripe.com"];
  if (env.NODE_ENV !== "production" && !env.STRIPE_SECRET_KEY?.trim()) {
    origins.push(new URL(env.STRIPE_EMULATOR_URL?.trim() || "http://127.0.0.1:12111").origin);
  }
  return origins;
}

/**
 * The origin error reports are sent to, when SENTRY_DSN is set.
 *
 * @param {string | undefined} dsn
 * @returns {string[]}
 */
export function errorReportingOrigins(dsn) {
  if (!dsn?.trim()) return [];
  return [new URL(dsn.trim()).origin];
}
