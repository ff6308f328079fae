// The route a URL matched, as a pattern ("/:locale/produit/:slug"): what a log line or a metric is
// grouped by. Never the path itself, which carries slugs, ids and sometimes one-time tokens.
import { matchRoutes } from "@remix-run/router";

/**
 * @typedef {object} BuildRoute
 * @property {string} id
 * @property {string} [parentId]
 * @property {string} [path]
 * @property {boolean} [index]
 * @property {boolean} [caseSensitive]
 */

/**
 * @typedef {object} RouteNode
 * @property {string} id
 * @property {string} [path]
 * @property {boolean} [index]
 * @property {boolean} [caseSensitive]
 * @property {RouteNode[]} [children]
 */

/**
 * The route tree of a Remix build, shaped as @remix-run/router expects it (as Remix itself does).
 *
 * @param {Record<string, BuildRoute | undefined>} manifest
 * @param {string} [parentId]
 * @returns {RouteNode[]}
 */
function routeTree(manifest, parentId) {
  return /** @type {BuildRoute[]} */ (Object.values(manifest).filter((route) => route !== undefined))
    .filter((route) => route.parentId === parentId)
    .map((route) => {
      const node = /** @type {RouteNode} */ ({
        id: route.id,
        path: route.path,
        caseSensitive: route.caseSensitive,
      });
      if (route.index) node.index = true;
      else node.children = routeTree(manifest, route.id);
      return node;
    });
}

// Matching walks every branch of the table (each route exists once per locale): about 0.2 ms for
// the storefront's table, measured on a development machine, about as much as Remix's own match.
// Request logs call this after the answer is sent, and the patterns of recent paths are kept, so
// that a busy page costs a Map lookup (well under a microsecond) instead.
const CACHE_LIMIT = 5_000;

/**
 * A function giving the route pattern a pathname matches, or "(none)" when nothing matches.
 * The table is built once; @remix-run/router (patched, see patches/) ranks it once.
 *
 * @param {{ routes: Record<string, BuildRoute | undefined> }} build
 * @returns {(pathname: string) => string}
 */
export function routePatternMatcher(build) {
  const tree = routeTree(build.routes, undefined);
  /** @type {Map<string, string>} */
  const recent = new Map();
  return (pathname) => {
    const cached = recent.get(pathname);
    if (cached !== undefined) return cached;
    const matches = matchRoutes(
      /** @type {import("@remix-run/router").AgnosticRouteObject[]} */ (tree),
      pathname,
    );
    let pattern = "(none)";
    if (matches && matches.length > 0) {
      const joined = matches
        .map((match) => match.route.path)
        .filter((path) => path !== undefined && path !== "")
        .join("/")
        .replace(/\/+/g, "/");
      pattern = joined.startsWith("/") ? joined : `/${joined}`;
    }
    // Dropping everything when full is cruder than an LRU, and enough: hot paths come back at once.
    if (recent.size >= CACHE_LIMIT) recent.clear();
    if (pathname.length <= 256) recent.set(pathname, pattern);
    return pattern;
  };
}
