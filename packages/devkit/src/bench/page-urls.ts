// Which pages to load, chosen from the benchmark database (read only): the pages a shopper hits
// most, each at its heaviest (the biggest category, a product with many variants).
import { createDb } from "@comptoir/db";
import type { PageId } from "./report";

export interface PageTarget {
  id: PageId;
  title: string;
  /** Null when the database holds nothing to show on such a page. */
  path: string | null;
  /** Why there is no path. */
  missing?: string;
}

/** The storefront's French paths; the category page's segment follows the product page's ("produit"). */
export const PATHS = {
  home: "/fr",
  category: (slug: string) => `/fr/categorie/${encodeURIComponent(slug)}`,
  product: (slug: string) => `/fr/produit/${encodeURIComponent(slug)}`,
};

export async function findPageTargets(databaseUrl: string): Promise<PageTarget[]> {
  const db = createDb(databaseUrl, { poolMax: 2 });
  try {
    // Top-level categories with the products filed in them or in their children.
    const roots = await db.category.findMany({
      where: { parentId: null },
      orderBy: { key: "asc" },
      select: {
        id: true,
        translations: { where: { locale: "fr" }, select: { slug: true } },
        children: { select: { id: true } },
      },
    });
    let category: { slug: string; products: number } | null = null;
    for (const root of roots) {
      const slug = root.translations[0]?.slug;
      if (!slug) continue;
      const ids = [root.id, ...root.children.map((child) => child.id)];
      const products = await db.product.count({
        where: { status: "ACTIVE", categories: { some: { categoryId: { in: ids } } } },
      });
      if (!category || products > category.products) category = { slug, products };
    }

    const product = await db.product.findFirst({
      where: {
        status: "ACTIVE",
        images: { some: {} },
        translations: { some: { locale: "fr" } },
      },
      orderBy: [{ variants: { _count: "desc" } }, { key: "asc" }],
      select: { translations: { where: { locale: "fr" }, select: { slug: true } } },
    });
    const productSlug = product?.translations[0]?.slug;

    return [
      { id: "home", title: "Home", path: PATHS.home },
      category
        ? { id: "category", title: "Category page", path: PATHS.category(category.slug) }
        : {
            id: "category",
            title: "Category page",
            path: null,
            missing: "no top-level category with a French slug",
          },
      productSlug
        ? { id: "product", title: "Product page", path: PATHS.product(productSlug) }
        : { id: "product", title: "Product page", path: null, missing: "no active product with an image" },
    ];
  } finally {
    await db.$disconnect();
  }
}
