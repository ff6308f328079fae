// The whole tree for staff, in both languages, in the order the storefront shows it: parents
// first, each followed by its children. A shop has tens or hundreds of categories: one query.
import type { Db } from "@comptoir/db";
import { LOCALES } from "@comptoir/validators";
import type { AdminCategoryRowDto } from "./categories-types";

export async function listCategoriesForAdmin(db: Db): Promise<AdminCategoryRowDto[]> {
  const rows = await db.category.findMany({
    select: {
      id: true,
      key: true,
      parentId: true,
      position: true,
      translations: { select: { locale: true, name: true, slug: true, description: true } },
      _count: { select: { children: true, products: true } },
    },
  });
  const childrenOf = new Map<string | null, typeof rows>();
  for (const row of [...rows].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))) {
    const siblings = childrenOf.get(row.parentId) ?? [];
    siblings.push(row);
    childrenOf.set(row.parentId, siblings);
  }
  const tree: AdminCategoryRowDto[] = [];
  const visit = (parentId: string | null, depth: number) => {
    const siblings = childrenOf.get(parentId) ?? [];
    siblings.forEach((row, index) => {
      const texts: AdminCategoryRowDto["texts"] = {};
      for (const locale of LOCALES) {
        const translation = row.translations.find((candidate) => candidate.locale === locale);
        if (translation) {
          texts[locale] = {
            name: translation.name,
            slug: translation.slug,
            description: translation.description,
          };
        }
      }
      tree.push({
        id: row.id,
        key: row.key,
        parentId: row.parentId,
        position: row.position,
        depth,
        texts,
        childCount: row._count.children,
        productCount: row._count.products,
        first: index === 0,
        last: index === siblings.length - 1,
      });
      visit(row.id, depth + 1);
    });
  };
  visit(null, 0);
  return tree;
}
