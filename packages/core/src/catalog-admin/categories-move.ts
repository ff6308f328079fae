// Moving a category (with everything below it) under another parent, or to the top level. It goes
// last among its new siblings.
import type { Db } from "@comptoir/db";
import { assertParentAllowed } from "./categories-checks";
import { loadCategorySnapshot, nextPosition } from "./categories-records";
import { changeCategoryTree } from "./categories-transaction";
import type { CategoryEditDeps, CategoryEditResult } from "./categories-types";

export interface MoveCategoryRequest {
  categoryId: string;
  /** null for the top level. */
  parentId: string | null;
}

export async function moveCategory(
  db: Db,
  request: MoveCategoryRequest,
  deps: CategoryEditDeps = {},
): Promise<CategoryEditResult> {
  const { categoryId, parentId } = request;
  return changeCategoryTree(db, async (tx) => {
    const current = await loadCategorySnapshot(tx, categoryId);
    if (current.parentId === parentId) return { id: categoryId, changed: false };
    await assertParentAllowed(tx, parentId, categoryId);
    const position = await nextPosition(tx, parentId);
    await tx.category.update({ where: { id: categoryId }, data: { parentId, position } });
    await deps.audit?.(tx, {
      categoryId,
      before: { parentId: current.parentId, position: current.position },
      after: { parentId, position },
    });
    return { id: categoryId, changed: true };
  });
}
