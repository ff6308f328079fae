// What staff change in the catalog: products (texts in both languages, variants, images) and the
// category tree. Every write takes an `audit` hook run in the change's own transaction, and slug
// changes keep the old URLs answering with a redirect.
export { getProductForEditing, type ProductForEditing } from "./product-for-editing";
export {
  checkProductDraft,
  type ProductDraft,
  type DraftProblem,
  type DraftVariant,
  type DraftOption,
  type Localized,
} from "./product-draft";
export {
  saveProduct,
  CATALOG_MESSAGES,
  type SaveProductDeps,
  type SavedProduct,
  type ProductChange,
} from "./save-product";
export {
  addProductImage,
  updateProductImages,
  removeProductImage,
  MAX_IMAGES_PER_PRODUCT,
  type ProductImageDeps,
  type ImageChange,
} from "./product-images";
export { encodeProductImage, IMAGE_UPLOAD_LIMITS, type ImageProblem } from "./encode-image";
export * as csv from "./csv";
