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

export const paginationInput = z.object({
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).default(25),
});

export const adminProductListInput = paginationInput.extend({
  locale: localeSchema,
  search: z.string().trim().max(100, { error: msg.tooLong }).optional(),
});

export const mediaByChecksumInput = z.object({
  checksum: z.string().regex(/^[a-f0-9]{64}$/),
});
