import type { Db } from "@comptoir/db";
import type { CategoryPageInput } from "@comptoir/validators";
import { DomainError } from "../errors";
import { loadCategoryIndex } from "./categories";
import { loadListingProducts } from "./listing/load-listing-products";
import { queryListing, type ListingItem } from "./listing/query-listing";
import type { CatalogCache } from "./catalog-cache";
import type { CategoryPageDto, ProductCardDto } from "./types";

/**
 * A category page: the category with its trail and subcategories, the products of the category and
 * everything below it (filtered, sorted, paged) and the facets. A fixed number of queries: the
 * category tree, and the products with their variants; the rest is computed in memory. With a
 * cache, both reads are kept apart from the filters, so trying a new filter costs no query at all.
 */
export async function getCategoryPage(
  db: Db,
  input: CategoryPageInput,
  options: { cache?: CatalogCache | null } = {},
): Promise<CategoryPageDto> {
  const { locale } = input;
  const read = <T>(key: readonly unknown[], load: () => Promise<T>) =>
    options.cache ? options.cache.read(key, load) : load();
  const index = await read(["categoryIndex"], () => loadCategoryIndex(db));
  const record = index.bySlug(locale, input.slug);
  const translation = record?.translations[locale];
  if (!record || !translation) throw new DomainError("NOT_FOUND", `category ${locale}/${input.slug}`);

  const products = await read(["listingProducts", record.id, locale], () =>
    loadListingProducts(db, index.subtreeIds(record.id), locale),
  );
  const listing = queryListing(products, {
    filters: {
      minPrice: input.minPrice,
      maxPrice: input.maxPrice,
      available: input.available,
      facets: input.facets,
    },
    sort: input.sort,
    page: input.page,
    pageSize: input.pageSize,
    locale,
  });

  const { price } = listing.facets;
  return {
    category: {
      id: record.id,
      name: translation.name,
      slug: translation.slug,
      description: translation.description,
      slugs: Object.fromEntries(
        Object.entries(record.translations).map(([candidate, value]) => [candidate, value.slug]),
      ),
      breadcrumbs: index
        .path(record.id)
        .slice(0, -1)
        .flatMap((ancestor) => {
          const step = ancestor.translations[locale];
          return step ? [{ name: step.name, slug: step.slug }] : [];
        }),
      children: index.children(record.id).flatMap((child) => {
        const step = child.translations[locale];
        return step ? [{ name: step.name, slug: step.slug }] : [];
      }),
      updatedAt: record.updatedAt.toISOString(),
    },
    products: {
      items: listing.items.map(toCard),
      total: listing.total,
      page: input.page,
      pageSize: input.pageSize,
      pageCount: Math.max(1, Math.ceil(listing.total / input.pageSize)),
    },
    facets: {
      price: price
        ? {
            min: { amount: price.min, currency: price.currency },
            max: { amount: price.max, currency: price.currency },
          }
        : null,
      availableCount: listing.facets.availableCount,
      options: listing.facets.options,
    },
  };
}

function toCard({ product, variant }: ListingItem): ProductCardDto {
  const compareAt =
    variant.compareAtAmount && variant.compareAtAmount > variant.priceAmount ? variant.compareAtAmount : null;
  return {
    id: product.id,
    slug: product.slug,
    name: product.name,
    price: { amount: variant.priceAmount, currency: variant.currency },
    compareAtPrice: compareAt === null ? null : { amount: compareAt, currency: variant.currency },
    image: product.image,
    available: product.variants.some((candidate) => candidate.stock > 0),
  };
}
