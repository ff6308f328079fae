import { getDb, type Db } from "@comptoir/db";
import { reportServerError } from "@comptoir/observability";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getSharedCatalogCache } from "./catalog-cache";
import { createContext } from "./context";
import { appRouter } from "./root";

export const API_ENDPOINT = "/api/trpc";

/**
 * Serves the router over HTTP (fetch adapter, batching on) for outside developers and the
 * typed client. Sessions come from the storefront cookie or an `Authorization: Bearer` header.
 */
export function handleApiRequest(
  request: Request,
  options: { db?: Db; endpoint?: string; origin?: string } = {},
): Promise<Response> {
  const db = options.db ?? getDb();
  return fetchRequestHandler({
    endpoint: options.endpoint ?? API_ENDPOINT,
    req: request,
    router: appRouter,
    allowBatching: true,
    createContext: ({ req, resHeaders }) =>
      createContext({
        db,
        audience: "storefront",
        headers: req.headers,
        resHeaders,
        // The shared cache belongs to the process's own database; a database given by a caller
        // (tests) is read directly.
        catalogCache: options.db ? null : getSharedCatalogCache(),
        origin: options.origin ?? new URL(req.url).origin,
      }),
    onError({ error, path, req }) {
      // Expected outcomes (bad input, not found, refused) are answers, not incidents.
      if (error.code === "INTERNAL_SERVER_ERROR") {
        console.error(`[api] ${path ?? "?"} failed:`, error.cause ?? error);
        // Reported like the pages' failures when error reporting is on (scrubbed first).
        reportServerError(error.cause ?? error, req);
      }
    },
  });
}

export { handleMediaRequest } from "./http-media";
