import type { Db } from "@comptoir/db";
import type { Locale } from "@comptoir/validators";
import { DomainError } from "../errors";
import { loadCategoryIndex, type CategoryIndex } from "./categories";
import { renderMarkdown } from "./markdown";
import { productCardSelect, productDetailSelect } from "./queries";
import { toProductCard, toProductDetail } from "./to-dto";
import type { BreadcrumbDto, ProductCardDto, ProductDetailDto } from "./types";

const RELATED_COUNT = 4;

/**
 * An active product by its slug in `locale`, with its breadcrumb trail and related products.
 * Drafts and archived products are NOT_FOUND for shoppers. Three queries whatever the product.
 */
export async function getProductBySlug(
  db: Db,
  input: { locale: Locale; slug: string },
): Promise<ProductDetailDto> {
  const [row, index] = await Promise.all([
    db.product.findFirst({
      where: { status: "ACTIVE", translations: { some: { locale: input.locale, slug: input.slug } } },
      select: productDetailSelect(input.locale),
    }),
    loadCategoryIndex(db),
  ]);
  const product = row && toProductDetail(row, input.locale);
  if (!row || !product) throw new DomainError("NOT_FOUND", `product ${input.locale}/${input.slug}`);

  const categoryIds = row.categories.map((link) => link.categoryId);
  return {
    ...product,
    descriptionHtml: renderMarkdown(product.description),
    breadcrumbs: breadcrumbsOf(index, categoryIds, input.locale),
    related: await relatedProducts(db, row.id, categoryIds, input.locale),
  };
}

/** The trail of the most specific of the product's categories (the deepest one). */
function breadcrumbsOf(index: CategoryIndex, categoryIds: string[], locale: Locale): BreadcrumbDto[] {
  const paths = categoryIds.map((id) => index.path(id)).sort((a, b) => b.length - a.length);
  return (paths[0] ?? []).flatMap((category) => {
    const translation = category.translations[locale];
    return translation ? [{ name: translation.name, slug: translation.slug }] : [];
  });
}

async function relatedProducts(
  db: Db,
  productId: string,
  categoryIds: string[],
  locale: Locale,
): Promise<ProductCardDto[]> {
  if (categoryIds.length === 0) return [];
  const rows = await db.product.findMany({
    where: {
      id: { not: productId },
      status: "ACTIVE",
      categories: { some: { categoryId: { in: categoryIds } } },
      translations: { some: { locale } },
      variants: { some: {} },
    },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: RELATED_COUNT * 3,
    select: productCardSelect(locale),
  });
  const cards = rows.map(toProductCard).filter((card): card is ProductCardDto => card !== null);
  // In stock first; the sort is stable, so recency decides within each group.
  return cards.sort((a, b) => Number(b.available) - Number(a.available)).slice(0, RELATED_COUNT);
}
