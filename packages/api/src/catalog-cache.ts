import { CatalogCache, invalidateOnCatalogChanges } from "@comptoir/core";
import { requireDatabaseUrl } from "@comptoir/db";

let shared: CatalogCache | undefined;

/**
 * The process's catalog cache, listening for change notifications on DATABASE_URL's database.
 * Kept on globalThis so that development hot reloads do not open a listener per reload.
 */
export function getSharedCatalogCache(): CatalogCache {
  const holder = globalThis as { __comptoirCatalogCache?: CatalogCache };
  shared ??= holder.__comptoirCatalogCache;
  if (!shared) {
    shared = new CatalogCache();
    invalidateOnCatalogChanges(shared, requireDatabaseUrl());
    holder.__comptoirCatalogCache = shared;
  }
  return shared;
}
