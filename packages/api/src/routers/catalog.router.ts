import { catalog } from "@comptoir/core";
import {
  categoryPageInput,
  featuredProductsInput,
  localeOnlyInput,
  productBySlugInput,
  redirectLookupInput,
  searchInput,
  sitemapPageInput,
} from "@comptoir/validators";
import type { Context } from "../context";
import { publicProcedure, router } from "../trpc";

/** Reads through the process's catalog cache when there is one (invalidated on every catalog change). */
function cached<T>(ctx: Context, key: readonly unknown[], load: () => Promise<T>): Promise<T> {
  return ctx.catalogCache ? ctx.catalogCache.read(key, load) : load();
}

export const catalogRouter = router({
  /** The home page's selection: active, featured products in one locale. */
  featured: publicProcedure
    .input(featuredProductsInput)
    .query(({ ctx, input }) =>
      cached(ctx, ["featured", input], () => catalog.listFeaturedProducts(ctx.db, input)),
    ),

  /** The category tree in one locale, with product counts: the navigation. */
  categoryTree: publicProcedure
    .input(localeOnlyInput)
    .query(({ ctx, input }) =>
      cached(ctx, ["categoryTree", input], () => catalog.getCategoryTree(ctx.db, input)),
    ),

  /** A category page: its products (filtered, sorted, paged), facets, trail and subcategories. */
  category: publicProcedure
    .input(categoryPageInput)
    .query(({ ctx, input }) =>
      cached(ctx, ["category", input], () =>
        catalog.getCategoryPage(ctx.db, input, { cache: ctx.catalogCache }),
      ),
    ),

  /** One active product by its slug in a locale, with variants, images, trail and related products. */
  product: publicProcedure
    .input(productBySlugInput)
    .query(({ ctx, input }) =>
      cached(ctx, ["product", input], () => catalog.getProductBySlug(ctx.db, input)),
    ),

  /** Full-text search in one locale (accent-insensitive, stemmed, prefix matching). */
  search: publicProcedure
    .input(searchInput)
    .query(({ ctx, input }) => cached(ctx, ["search", input], () => catalog.searchProducts(ctx.db, input))),

  /** Where an old product or category slug leads now, or null. */
  redirect: publicProcedure
    .input(redirectLookupInput)
    .query(({ ctx, input }) =>
      cached(ctx, ["redirect", input], () => catalog.resolveSlugRedirect(ctx.db, input)),
    ),

  /** How many sitemap pages of each kind exist. */
  sitemapIndex: publicProcedure.query(({ ctx }) =>
    cached(ctx, ["sitemapIndex"], () => catalog.countSitemapPages(ctx.db)),
  ),

  /** One sitemap page: products or categories with their slug in every locale and last change. */
  sitemapPage: publicProcedure
    .input(sitemapPageInput)
    .query(({ ctx, input }) =>
      cached(ctx, ["sitemapPage", input], () => catalog.listSitemapEntries(ctx.db, input)),
    ),
});
