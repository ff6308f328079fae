export { DomainError, DOMAIN_ERROR_CODES, isDomainError, type DomainErrorCode } from "./errors";
export type { Money } from "./money";
export * as catalog from "./catalog";
export { CatalogCache, invalidateOnCatalogChanges, type CatalogCacheStats } from "./catalog/catalog-cache";
export type * from "./catalog/types";
export * as media from "./media";
export type { MediaFile } from "./media";
