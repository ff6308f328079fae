// The one place ALLOWED_ORIGINS is read: the origins, besides the app's own, whose pages may send
// forms to it (another domain of the shop, or a proxy that rewrites the Host header).
import { originOf } from "./same-origin.js";

/** @param {string} candidate */
function isBareOrigin(candidate) {
  const url = new URL(candidate);
  return url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
}

/**
 * Parses a comma-separated list of origins ("https://shop.example,https://www.shop.example"). A
 * trailing slash is tolerated; a path, a query or another scheme is a mistake worth stopping for,
 * since it would never match what browsers send.
 *
 * @param {string | undefined} value
 * @param {string} [variable]  The variable's name, for the message.
 * @returns {ReadonlySet<string>}
 */
export function parseAllowedOrigins(value, variable = "ALLOWED_ORIGINS") {
  /** @type {Set<string>} */
  const origins = new Set();
  for (const entry of (value ?? "").split(",")) {
    const candidate = entry.trim();
    if (candidate === "") continue;
    const origin = originOf(candidate);
    if (origin === null || !isBareOrigin(candidate)) {
      throw new Error(
        `${variable} must list origins such as https://shop.example, separated by commas: "${candidate}" is not one.`,
      );
    }
    origins.add(origin);
  }
  return origins;
}

/**
 * The allowed origins from the environment; throws a one-line message when the variable is malformed.
 *
 * @param {Record<string, string | undefined>} [env]
 */
export function allowedOriginsFromEnv(env = process.env) {
  return parseAllowedOrigins(env.ALLOWED_ORIGINS);
}
