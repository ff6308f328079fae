import type { Db } from "@comptoir/db";
import type { Locale } from "@comptoir/validators";
import { countActiveProductsPerCategory, loadCategoryIndex, type CategoryIndex } from "./categories";
import type { CategoryTreeNodeDto } from "./types";

/** The navigation tree in one locale: categories translated into it, with their active product counts. */
export async function getCategoryTree(db: Db, input: { locale: Locale }): Promise<CategoryTreeNodeDto[]> {
  const [index, counts] = await Promise.all([loadCategoryIndex(db), countActiveProductsPerCategory(db)]);
  return buildTree(index, counts, input.locale, null);
}

function buildTree(
  index: CategoryIndex,
  counts: Map<string, number>,
  locale: Locale,
  parentId: string | null,
): CategoryTreeNodeDto[] {
  return index.children(parentId).flatMap((record) => {
    const translation = record.translations[locale];
    if (!translation) return [];
    return [
      {
        id: record.id,
        name: translation.name,
        slug: translation.slug,
        productCount: counts.get(record.id) ?? 0,
        children: buildTree(index, counts, locale, record.id),
      },
    ];
  });
}
