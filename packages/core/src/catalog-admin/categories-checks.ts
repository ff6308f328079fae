// The checks a change of the tree makes against the other categories, under the tree's lock (see
// changeCategoryTree), each refusing with the field it is about.
import { LOCALES, type Locale } from "@comptoir/validators";
import type { Tx } from "../transaction";
import { CategoryRefusal } from "./categories-refusal";

/** Refuses a slug another category uses in the same language (slugs are unique per language). */
export async function assertSlugsFree(
  tx: Tx,
  slugs: Record<Locale, string>,
  exceptCategoryId: string | null,
): Promise<void> {
  for (const locale of LOCALES) {
    const taken = await tx.categoryTranslation.findFirst({
      where: {
        locale,
        slug: slugs[locale],
        ...(exceptCategoryId ? { categoryId: { not: exceptCategoryId } } : {}),
      },
      select: { id: true },
    });
    if (taken) throw new CategoryRefusal("slug_taken", `${locale}.slug`);
  }
}

/**
 * Refuses a parent that does not exist, and for a category that already exists, a parent that is
 * the category itself or one of its descendants: the tree would become a loop, cut off from the top.
 */
export async function assertParentAllowed(
  tx: Tx,
  parentId: string | null,
  categoryId: string | null,
): Promise<void> {
  if (parentId === null) return;
  if (parentId === categoryId) throw new CategoryRefusal("parent_cycle", "parentId");
  const all = await tx.category.findMany({ select: { id: true, parentId: true } });
  const parentOf = new Map(all.map((row) => [row.id, row.parentId]));
  if (!parentOf.has(parentId)) throw new CategoryRefusal("parent_unknown", "parentId");
  if (categoryId === null) return;
  const seen = new Set<string>();
  for (let current: string | null = parentId; current !== null && !seen.has(current);) {
    if (current === categoryId) throw new CategoryRefusal("parent_cycle", "parentId");
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
}
