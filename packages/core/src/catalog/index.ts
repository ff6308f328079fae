export { listFeaturedProducts } from "./list-featured-products";
export { getProductBySlug } from "./get-product-by-slug";
export { listProductsForAdmin, type AdminProductListInput } from "./list-products-for-admin";
export type * from "./types";
