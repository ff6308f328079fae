// Inputs of the product editor's procedures. The schema checks each field; the draft's rules
// (core's checkProductDraft: option names, value translations, duplicate variants or SKUs, prices)
// run in the same pass, so a form gets every problem at once, each on its own field.
import { catalogAdmin } from "@comptoir/core";
import { msg, rowId, slugSchema } from "@comptoir/validators";
import { z } from "zod";

const text = (max: number) => z.string({ error: msg.required }).trim().max(max, { error: msg.tooLong });
const requiredText = (max: number) => text(max).min(1, { error: msg.required });
/** SEO fields left empty fall back to the name and description. */
const optionalText = (max: number) => text(max).transform((value) => (value === "" ? null : value));

const texts = z.object({
  name: requiredText(200),
  slug: slugSchema,
  description: text(20_000),
  seoTitle: optionalText(120).nullable().default(null),
  seoDescription: optionalText(320).nullable().default(null),
});

const localizedName = z.object({ fr: requiredText(100), en: requiredText(100) });

const amount = z
  .number({ error: msg.number })
  .int({ error: msg.number })
  .min(0, { error: msg.number })
  .max(100_000_000, { error: msg.number });
const count = z
  .number({ error: msg.number })
  .int({ error: msg.number })
  .min(0, { error: msg.number })
  .max(1_000_000, { error: msg.number });

const variant = z.object({
  id: rowId.nullable().default(null),
  sku: z
    .string({ error: msg.required })
    .trim()
    .min(1, { error: msg.required, abort: true })
    .max(64, { error: msg.tooLong, abort: true })
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: "validation.sku" }),
  values: z.array(localizedName).max(3).default([]),
  priceAmount: amount,
  compareAtAmount: amount.nullable().default(null),
  stock: count,
  stockSeen: count.nullable().default(null),
  weightGrams: count.nullable().default(null),
});

const draft = z.object({
  status: z.enum(["DRAFT", "ACTIVE", "ARCHIVED"], { error: msg.required }),
  featured: z.boolean().default(false),
  translations: z.object({ fr: texts, en: texts }),
  categoryIds: z.array(rowId).max(50).default([]),
  options: z
    .array(z.object({ name: localizedName }))
    .max(3, { error: "validation.option_limit" })
    .default([]),
  variants: z.array(variant).max(100, { error: "validation.variant_limit" }),
});

function withDraftRules<T extends z.ZodType<catalogAdmin.ProductDraft>>(schema: T) {
  return schema.superRefine((value: z.output<T>, ctx) => {
    for (const problem of catalogAdmin.checkProductDraft(value)) {
      ctx.addIssue({ code: "custom", path: problem.path, message: problem.message, input: value });
    }
  });
}

export const adminProductInput = z.object({ productId: rowId });

export const adminProductCreateInput = withDraftRules(draft);

export const adminProductUpdateInput = withDraftRules(
  draft.extend({ productId: rowId, version: z.string().min(1).max(40) }),
);

const alt = z.object({ fr: text(250), en: text(250) });

export const adminProductImageAddInput = z.object({
  productId: rowId,
  /** The file's bytes, base64: the same input in-process and over HTTP. */
  base64: z
    .string({ error: "validation.image_unsupported" })
    .max(Math.ceil((catalogAdmin.IMAGE_UPLOAD_LIMITS.maxBytes * 4) / 3) + 4, {
      error: "validation.image_too_large",
    })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: "validation.image_unsupported" }),
  alt: alt.default({ fr: "", en: "" }),
});

export const adminProductImagesUpdateInput = z.object({
  productId: rowId,
  images: z.array(z.object({ id: rowId, alt })).max(catalogAdmin.MAX_IMAGES_PER_PRODUCT),
});

export const adminProductImageRemoveInput = z.object({ productId: rowId, imageId: rowId });

/** A CSV file's text: 20 MB is some 50,000 variants, far more than a shop adds at once. */
export const CSV_MAX_CHARS = 20 * 1024 * 1024;

export const adminProductImportInput = z.object({
  fileName: z
    .string()
    .trim()
    .min(1, { error: "validation.csv_file" })
    .max(200, { error: "validation.csv_file" }),
  content: z
    .string()
    .min(1, { error: "validation.csv_file" })
    .max(CSV_MAX_CHARS, { error: "validation.csv_file" }),
});

export const adminProductImportStatusInput = z.object({ importId: rowId });
