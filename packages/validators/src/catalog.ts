import { z } from "zod";
import { localeSchema } from "./locale";
import { msg } from "./messages";

export const MAX_PAGE_SIZE = 100;

export const slugSchema = z
  .string()
  .trim()
  .min(1, { error: msg.required })
  .max(200, { error: msg.tooLong })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: msg.slug });

export const featuredProductsInput = z.object({
  locale: localeSchema,
  limit: z.number().int().min(1).max(48).default(12),
});

export const productBySlugInput = z.object({
  locale: localeSchema,
  slug: slugSchema,
});

export const localeOnlyInput = z.object({ locale: localeSchema });

/** Sort orders of a product listing; "position" is the merchandiser's order within the category. */
export const LISTING_SORTS = ["position", "price-asc", "price-desc", "newest", "name"] as const;
export type ListingSort = (typeof LISTING_SORTS)[number];

/** A facet value as it travels in URLs: "<option-slug>:<value-slug>", e.g. "poids:250-g". */
export const facetValueSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*:[a-z0-9]+(?:-[a-z0-9]+)*$/);

const amountSchema = z.number().int().min(0).max(100_000_000);

export const categoryPageInput = z
  .object({
    locale: localeSchema,
    slug: slugSchema,
    page: z.number().int().min(1).max(10_000).default(1),
    pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).default(24),
    sort: z.enum(LISTING_SORTS).default("position"),
    /** Bounds on a variant's price, in minor units, inclusive. */
    minPrice: amountSchema.optional(),
    maxPrice: amountSchema.optional(),
    /** Only products with a variant in stock. */
    available: z.boolean().default(false),
    /** Option values; several values of one option are alternatives (OR), options combine (AND). */
    facets: z.array(facetValueSchema).max(30).default([]),
  })
  .refine(
    (input) =>
      input.minPrice === undefined || input.maxPrice === undefined || input.minPrice <= input.maxPrice,
    {
      error: msg.priceRange,
      path: ["maxPrice"],
    },
  );
export type CategoryPageInput = z.infer<typeof categoryPageInput>;

export const searchInput = z.object({
  locale: localeSchema,
  /** Free text; only its letters and digits are used, so nothing in it can change the query. */
  q: z.string().trim().min(1, { error: msg.required }).max(100, { error: msg.tooLong }),
  page: z.number().int().min(1).max(1_000).default(1),
  pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).default(24),
});
export type SearchInput = z.infer<typeof searchInput>;

export const redirectLookupInput = z.object({
  kind: z.enum(["PRODUCT", "CATEGORY"]),
  locale: localeSchema,
  slug: slugSchema,
});

export const SITEMAP_PAGE_SIZE = 50_000;

export const sitemapPageInput = z.object({
  kind: z.enum(["products", "categories"]),
  /** 1-based; each page holds at most SITEMAP_PAGE_SIZE entries. */
  page: z.number().int().min(1).max(10_000),
});

export const paginationInput = z.object({
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).default(25),
});

export const adminProductListInput = paginationInput.extend({
  locale: localeSchema,
  search: z.string().trim().max(100, { error: msg.tooLong }).optional(),
  status: z.enum(["DRAFT", "ACTIVE", "ARCHIVED"]).optional(),
  categoryId: z.string().trim().min(1).max(64).optional(),
});

export const mediaByChecksumInput = z.object({
  checksum: z.string().regex(/^[a-f0-9]{64}$/),
});
