// The category tree, read in one query and navigated in memory: a shop has tens or hundreds of
// categories, so walking parents and children in JavaScript beats recursive queries per page.
import type { Db } from "@comptoir/db";
import type { Locale } from "@comptoir/validators";

export interface CategoryRecord {
  id: string;
  parentId: string | null;
  position: number;
  updatedAt: Date;
  translations: Partial<Record<Locale, { name: string; slug: string; description: string }>>;
}

export class CategoryIndex {
  private readonly byId = new Map<string, CategoryRecord>();
  private readonly childrenOf = new Map<string | null, CategoryRecord[]>();

  constructor(records: CategoryRecord[]) {
    for (const record of records) this.byId.set(record.id, record);
    for (const record of [...records].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))) {
      const siblings = this.childrenOf.get(record.parentId) ?? [];
      siblings.push(record);
      this.childrenOf.set(record.parentId, siblings);
    }
  }

  get(id: string): CategoryRecord | undefined {
    return this.byId.get(id);
  }

  bySlug(locale: Locale, slug: string): CategoryRecord | undefined {
    for (const record of this.byId.values()) if (record.translations[locale]?.slug === slug) return record;
    return undefined;
  }

  children(id: string | null): CategoryRecord[] {
    return this.childrenOf.get(id) ?? [];
  }

  /** The category and everything below it. */
  subtreeIds(id: string): string[] {
    const ids: string[] = [];
    const visit = (current: string) => {
      ids.push(current);
      for (const child of this.children(current)) visit(child.id);
    };
    visit(id);
    return ids;
  }

  /** From the top-level category down to `id` included. */
  path(id: string): CategoryRecord[] {
    const chain: CategoryRecord[] = [];
    const seen = new Set<string>();
    for (
      let current = this.byId.get(id);
      current && !seen.has(current.id);
      current = current.parentId ? this.byId.get(current.parentId) : undefined
    ) {
      seen.add(current.id);
      chain.unshift(current);
    }
    return chain;
  }
}

export async function loadCategoryIndex(db: Db): Promise<CategoryIndex> {
  const rows = await db.category.findMany({
    select: {
      id: true,
      parentId: true,
      position: true,
      updatedAt: true,
      translations: { select: { locale: true, name: true, slug: true, description: true } },
    },
  });
  return new CategoryIndex(
    rows.map((row) => ({
      id: row.id,
      parentId: row.parentId,
      position: row.position,
      updatedAt: row.updatedAt,
      translations: Object.fromEntries(
        row.translations.map(({ locale, name, slug, description }) => [locale, { name, slug, description }]),
      ),
    })),
  );
}

/** Active products per category, counting each product once even when it sits in several subcategories. */
export async function countActiveProductsPerCategory(db: Db): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ categoryId: string; count: number }[]>`
    WITH RECURSIVE subtree(ancestor, id) AS (
      SELECT id, id FROM "Category"
      UNION ALL
      SELECT subtree.ancestor, child.id FROM subtree JOIN "Category" child ON child."parentId" = subtree.id
    )
    SELECT subtree.ancestor AS "categoryId", count(DISTINCT link."productId")::int AS count
    FROM subtree
    JOIN "ProductCategory" link ON link."categoryId" = subtree.id
    JOIN "Product" product ON product.id = link."productId" AND product.status = 'ACTIVE'
    GROUP BY subtree.ancestor`;
  return new Map(rows.map((row) => [row.categoryId, row.count]));
}
