import { auditRequestInfo, recordAuditEvent } from "@comptoir/audit";
import { categoryAdmin, type CategoryChange, type Tx } from "@comptoir/core";
import {
  adminCategoryCreateInput,
  adminCategoryInput,
  adminCategoryMoveInput,
  adminCategoryReorderInput,
  adminCategoryUpdateInput,
  categoryMsg,
} from "@comptoir/validators";
import { fieldError } from "../../errors";
import { requires, router } from "../../trpc";

/** What staff read of each refusal, on the field it is about (`admin:categories.errors.*`). */
const REFUSAL_MESSAGES: Record<categoryAdmin.CategoryRefusalReason, string> = {
  slug_taken: categoryMsg.slugTaken,
  parent_unknown: categoryMsg.parentUnknown,
  parent_cycle: categoryMsg.parentCycle,
  has_children: categoryMsg.hasChildren,
  has_products: categoryMsg.hasProducts,
};

/** A refusal found against the rest of the tree comes back like a schema failure, on its field. */
async function refusalsAsFieldErrors<T>(change: Promise<T>): Promise<T> {
  try {
    return await change;
  } catch (error) {
    if (categoryAdmin.isCategoryRefusal(error)) throw fieldError(error.field, REFUSAL_MESSAGES[error.reason]);
    throw error;
  }
}

type AuditContext = Parameters<typeof auditRequestInfo>[0] & {
  user: { id: string };
  role: NonNullable<Parameters<typeof recordAuditEvent>[1]["actorRole"]>;
};

/** The change's audit entry, written in its own transaction. */
function categoryAudit(ctx: AuditContext, action: string) {
  return {
    audit: (tx: Tx, change: CategoryChange) =>
      recordAuditEvent(tx, {
        action,
        actorId: ctx.user.id,
        actorRole: ctx.role,
        entityType: "category",
        entityId: change.categoryId,
        before: change.before,
        after: change.after,
        ...auditRequestInfo(ctx),
      }),
  };
}

export const adminCategoriesRouter = router({
  /** The whole tree in both languages, parents before their children, with counts. */
  list: requires("catalog.read").query(({ ctx }) => categoryAdmin.listCategoriesForAdmin(ctx.db)),

  /** A new category, last under its parent; its key is generated from the French slug. */
  create: requires("catalog.write")
    .input(adminCategoryCreateInput)
    .mutation(({ ctx, input }) =>
      refusalsAsFieldErrors(
        categoryAdmin.createCategory(ctx.db, input, categoryAudit(ctx, "category.created")),
      ),
    ),

  /** Names, slugs and descriptions in both languages; a changed slug's old URL redirects. */
  update: requires("catalog.write")
    .input(adminCategoryUpdateInput)
    .mutation(({ ctx, input }) =>
      refusalsAsFieldErrors(
        categoryAdmin.updateCategory(ctx.db, input, categoryAudit(ctx, "category.updated")),
      ),
    ),

  /** Under another parent (never under itself or its descendants), or to the top level. */
  move: requires("catalog.write")
    .input(adminCategoryMoveInput)
    .mutation(({ ctx, input }) =>
      refusalsAsFieldErrors(categoryAdmin.moveCategory(ctx.db, input, categoryAudit(ctx, "category.moved"))),
    ),

  /** One place up or down among its siblings. */
  reorder: requires("catalog.write")
    .input(adminCategoryReorderInput)
    .mutation(({ ctx, input }) =>
      categoryAdmin.reorderCategory(ctx.db, input, categoryAudit(ctx, "category.reordered")),
    ),

  /** Only an empty category: no subcategories, no products. */
  delete: requires("catalog.write")
    .input(adminCategoryInput)
    .mutation(({ ctx, input }) =>
      refusalsAsFieldErrors(
        categoryAdmin.deleteCategory(ctx.db, input, categoryAudit(ctx, "category.deleted")),
      ),
    ),
});
