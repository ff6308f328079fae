// Staff's edits of the category tree: list, create, edit texts (old slugs redirect), move, reorder,
// delete when empty. Every change runs under the tree's lock and takes an `audit` hook run in its
// own transaction.
export { listCategoriesForAdmin } from "./categories-list";
export { createCategory, type CreateCategoryRequest } from "./categories-create";
export { updateCategory, type UpdateCategoryRequest } from "./categories-update";
export { moveCategory, type MoveCategoryRequest } from "./categories-move";
export { reorderCategory, type ReorderCategoryRequest } from "./categories-reorder";
export { deleteCategory } from "./categories-delete";
export {
  CategoryRefusal,
  CATEGORY_REFUSALS,
  isCategoryRefusal,
  type CategoryRefusalReason,
} from "./categories-refusal";
export type * from "./categories-types";
