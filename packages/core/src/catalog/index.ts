export { listFeaturedProducts } from "./list-featured-products";
export { getProductBySlug } from "./get-product-by-slug";
export { getCategoryTree } from "./category-tree";
export { getCategoryPage } from "./category-page";
export { searchProducts, searchTerms } from "./search-products";
export {
  resolveSlugRedirect,
  changeProductSlug,
  changeCategorySlug,
  type RedirectKind,
} from "./slug-redirects";
export { countSitemapPages, listSitemapEntries } from "./sitemap";
export { renderMarkdown } from "./markdown";
export { listProductsForAdmin, type AdminProductListInput } from "./list-products-for-admin";
export {
  CatalogCache,
  invalidateOnCatalogChanges,
  CATALOG_CHANNEL,
  type CatalogCacheOptions,
  type CatalogCacheStats,
} from "./catalog-cache";
export { derivedFrom } from "./derived-value";
export type * from "./types";
