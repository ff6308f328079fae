import { catalog } from "@comptoir/core";
import { featuredProductsInput, productBySlugInput } from "@comptoir/validators";
import { publicProcedure, router } from "../trpc";

export const catalogRouter = router({
  /** The home page's selection: active, featured products in one locale. */
  featured: publicProcedure
    .input(featuredProductsInput)
    .query(({ ctx, input }) => catalog.listFeaturedProducts(ctx.db, input)),

  /** One active product by its slug in a locale, with variants, images and its slugs in every locale. */
  product: publicProcedure
    .input(productBySlugInput)
    .query(({ ctx, input }) => catalog.getProductBySlug(ctx.db, input)),
});
