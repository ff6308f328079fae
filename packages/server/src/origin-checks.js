// The origin rules of both servers (production's Express and development's Vite), in the order
// they apply: the public API's CORS answers, then the cross-site request check, which lets the API
// also take requests from the origins its CORS policy lets browsers send from.
import { apiCors, isApiPath } from "./api-cors.js";
import { sameOriginGuard } from "./same-origin-guard.js";

/**
 * @typedef {import("./same-origin-guard.js").Middleware} Middleware
 */

/**
 * @param {object} options
 * @param {ReadonlySet<string>} options.allowedOrigins  ALLOWED_ORIGINS: may post forms to the pages.
 * @param {ReadonlySet<string>} options.apiCorsOrigins  API_CORS_ORIGINS: may call /api/trpc.
 * @param {boolean} options.trustProxy
 * @param {(info: import("./same-origin-guard.js").RefusalInfo) => void} [options.onRefusal]
 * @returns {[Middleware, Middleware]}
 */
export function originChecks({ allowedOrigins, apiCorsOrigins, trustProxy, onRefusal }) {
  const pageGuard = sameOriginGuard({ allowedOrigins, trustProxy, onRefusal });
  const apiGuard = sameOriginGuard({
    allowedOrigins: new Set([...allowedOrigins, ...apiCorsOrigins]),
    trustProxy,
    onRefusal,
  });
  return [
    apiCors(apiCorsOrigins),
    (request, response, next) => (isApiPath(request.url) ? apiGuard : pageGuard)(request, response, next),
  ];
}
