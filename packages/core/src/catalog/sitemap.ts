import type { Db } from "@comptoir/db";
import { SITEMAP_PAGE_SIZE, type Locale } from "@comptoir/validators";
import type { SitemapEntryDto } from "./types";

/** How many pages of each kind the sitemap index lists. */
export async function countSitemapPages(db: Db): Promise<{ products: number; categories: number }> {
  const [products, categories] = await Promise.all([
    db.product.count({ where: { status: "ACTIVE", translations: { some: {} } } }),
    db.category.count({ where: { translations: { some: {} } } }),
  ]);
  return {
    products: Math.ceil(products / SITEMAP_PAGE_SIZE),
    categories: Math.ceil(categories / SITEMAP_PAGE_SIZE),
  };
}

/** One page of sitemap entries: each page or category with its slug in every locale. */
export async function listSitemapEntries(
  db: Db,
  input: { kind: "products" | "categories"; page: number },
): Promise<SitemapEntryDto[]> {
  const window = {
    orderBy: { id: "asc" as const },
    skip: (input.page - 1) * SITEMAP_PAGE_SIZE,
    take: SITEMAP_PAGE_SIZE,
  };
  const select = { updatedAt: true, translations: { select: { locale: true, slug: true } } };
  const rows =
    input.kind === "products"
      ? await db.product.findMany({
          where: { status: "ACTIVE", translations: { some: {} } },
          select,
          ...window,
        })
      : await db.category.findMany({ where: { translations: { some: {} } }, select, ...window });
  return rows.map((row) => ({
    slugs: Object.fromEntries(
      row.translations.map((translation) => [translation.locale, translation.slug]),
    ) as Partial<Record<Locale, string>>,
    updatedAt: row.updatedAt.toISOString(),
  }));
}
