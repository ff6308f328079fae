// Moving a category one place up or down among its siblings. Positions may have gaps or ties (the
// seed, imports), so the siblings are put in the order the storefront shows them (position, then
// id), the two neighbours swapped, and every sibling numbered again from 0.
import type { Db } from "@comptoir/db";
import { loadCategorySnapshot } from "./categories-records";
import { changeCategoryTree } from "./categories-transaction";
import type { CategoryEditDeps, CategoryEditResult } from "./categories-types";

export interface ReorderCategoryRequest {
  categoryId: string;
  direction: "up" | "down";
}

export async function reorderCategory(
  db: Db,
  request: ReorderCategoryRequest,
  deps: CategoryEditDeps = {},
): Promise<CategoryEditResult> {
  const { categoryId } = request;
  return changeCategoryTree(db, async (tx) => {
    const current = await loadCategorySnapshot(tx, categoryId);
    const siblings = (
      await tx.category.findMany({
        where: { parentId: current.parentId },
        select: { id: true, position: true },
      })
    ).sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
    const from = siblings.findIndex((sibling) => sibling.id === categoryId);
    const to = request.direction === "up" ? from - 1 : from + 1;
    // Already first (or last): it stays where it is.
    if (to < 0 || to >= siblings.length) return { id: categoryId, changed: false };
    const before = siblings.map((sibling) => sibling.id);
    const order = [...before];
    [order[from], order[to]] = [order[to]!, order[from]!];
    for (const [index, id] of order.entries()) {
      if (siblings.find((sibling) => sibling.id === id)!.position !== index) {
        await tx.category.update({ where: { id }, data: { position: index } });
      }
    }
    await deps.audit?.(tx, {
      categoryId,
      before: { position: current.position, siblings: before },
      after: { position: to, siblings: order },
    });
    return { id: categoryId, changed: true };
  });
}
