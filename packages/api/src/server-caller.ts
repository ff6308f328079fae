import type { Audience } from "@comptoir/auth";
import { getDb, type Db } from "@comptoir/db";
import { getSharedCatalogCache } from "./catalog-cache";
import { createContext } from "./context";
import { createCaller, type Caller } from "./root";

export interface RequestCaller {
  api: Caller;
  /** Merge into the response: Set-Cookie from login, logout and sliding sessions. */
  resHeaders: Headers;
}

/**
 * The per-request caller that Remix loaders and actions use: no HTTP hop, the same procedures
 * as outside developers get.
 */
export async function createRequestCaller(
  request: Request,
  audience: Audience,
  db: Db = getDb(),
  options: { origin?: string } = {},
): Promise<RequestCaller> {
  const resHeaders = new Headers();
  const ctx = await createContext({
    db,
    audience,
    headers: request.headers,
    resHeaders,
    catalogCache: getSharedCatalogCache(),
    // Behind a proxy the request's own URL may be internal: the app says which origin is public.
    origin: options.origin ?? new URL(request.url).origin,
  });
  return { api: createCaller(ctx), resHeaders };
}
