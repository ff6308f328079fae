// Deleting a category, only when it is empty: a category with subcategories or products is refused,
// so that nothing disappears from the shop or loses its place by accident. Its old URLs go with it.
import type { Db } from "@comptoir/db";
import { loadCategorySnapshot } from "./categories-records";
import { CategoryRefusal } from "./categories-refusal";
import { changeCategoryTree } from "./categories-transaction";
import type { CategoryEditDeps, CategoryEditResult } from "./categories-types";

export async function deleteCategory(
  db: Db,
  request: { categoryId: string },
  deps: CategoryEditDeps = {},
): Promise<CategoryEditResult> {
  const { categoryId } = request;
  return changeCategoryTree(db, async (tx) => {
    const before = await loadCategorySnapshot(tx, categoryId);
    // Linking a product to a category locks its row (FOR KEY SHARE): holding it FOR UPDATE makes a
    // product saved meanwhile wait for this delete (and fail) rather than vanish from it unseen.
    await tx.$queryRaw`SELECT id FROM "Category" WHERE id = ${categoryId} FOR UPDATE`;
    if ((await tx.category.count({ where: { parentId: categoryId } })) > 0) {
      throw new CategoryRefusal("has_children", "categoryId");
    }
    if ((await tx.productCategory.count({ where: { categoryId } })) > 0) {
      throw new CategoryRefusal("has_products", "categoryId");
    }
    await tx.category.delete({ where: { id: categoryId } });
    await deps.audit?.(tx, { categoryId, before: { ...before }, after: null });
    return { id: categoryId, changed: true };
  });
}
