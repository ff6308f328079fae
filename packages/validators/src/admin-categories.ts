// Inputs of the admin's category tree: create, edit the texts of both languages, move under another
// parent, reorder among siblings, delete. The same schemas validate the page's forms (field names
// "fr.name", "en.slug"...) and the admin procedures.
import { z } from "zod";
import { slugSchema } from "./catalog";
import { emptyToUndefined, rowId } from "./form-fields";
import { msg } from "./messages";
import { slugify } from "./slug";

/**
 * Refusals only the server can find (it needs the other categories). Unlike `msg`, these keys live
 * in the admin's namespace: `admin:categories.errors.<key>`.
 */
export const categoryMsg = {
  slugTaken: "categories.errors.slug_taken",
  parentUnknown: "categories.errors.parent_unknown",
  parentCycle: "categories.errors.parent_cycle",
  hasChildren: "categories.errors.has_children",
  hasProducts: "categories.errors.has_products",
  notFound: "categories.errors.not_found",
} as const;

export const CATEGORY_NAME_MAX_LENGTH = 120;
export const CATEGORY_DESCRIPTION_MAX_LENGTH = 2_000;

/** A slug proposed from a name: what slugify gives, cut to the slug schema's length. */
export function slugFromName(name: string): string {
  return slugify(name).slice(0, 200).replace(/-+$/, "");
}

/**
 * A category's texts in one language. A slug left empty is proposed from the name, so that staff
 * only type one when they want another URL than the name's.
 */
const categoryTexts = z
  .object(
    {
      name: z
        .string({ error: msg.required })
        .trim()
        .min(1, { error: msg.required })
        .max(CATEGORY_NAME_MAX_LENGTH, { error: msg.tooLong }),
      slug: z.preprocess(emptyToUndefined, slugSchema.optional()),
      // Optional rather than defaulted here: forms send an emptied field as "not given".
      description: z
        .string({ error: msg.required })
        .trim()
        .max(CATEGORY_DESCRIPTION_MAX_LENGTH, { error: msg.tooLong })
        .optional(),
    },
    { error: msg.required },
  )
  .transform((texts, ctx) => {
    const slug = texts.slug ?? slugFromName(texts.name);
    if (!slug) {
      // A name of symbols only ("!!!") proposes nothing: ask for a slug.
      ctx.issues.push({ code: "custom", path: ["slug"], message: msg.slug, input: texts.slug });
      return z.NEVER;
    }
    return { name: texts.name, slug, description: texts.description ?? "" };
  });
export type CategoryTexts = z.output<typeof categoryTexts>;

/** The parent a category goes under: a category's id, or "" / null for the top level. */
const parentIdSchema = z.preprocess(
  (value) => (value === "" || value === undefined ? null : value),
  rowId.nullable(),
);

export const adminCategoryCreateInput = z.object({
  parentId: parentIdSchema,
  fr: categoryTexts,
  en: categoryTexts,
});
export type AdminCategoryCreateInput = z.input<typeof adminCategoryCreateInput>;

export const adminCategoryUpdateInput = z.object({
  categoryId: rowId,
  fr: categoryTexts,
  en: categoryTexts,
});
export type AdminCategoryUpdateInput = z.input<typeof adminCategoryUpdateInput>;

export const adminCategoryMoveInput = z.object({
  categoryId: rowId,
  parentId: parentIdSchema,
});
export type AdminCategoryMoveInput = z.input<typeof adminCategoryMoveInput>;

export const CATEGORY_REORDER_DIRECTIONS = ["up", "down"] as const;

export const adminCategoryReorderInput = z.object({
  categoryId: rowId,
  direction: z.enum(CATEGORY_REORDER_DIRECTIONS, { error: msg.required }),
});
export type AdminCategoryReorderInput = z.input<typeof adminCategoryReorderInput>;

export const adminCategoryInput = z.object({ categoryId: rowId });
export type AdminCategoryInput = z.input<typeof adminCategoryInput>;
