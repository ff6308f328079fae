// The category page's form posts: each names its intent, goes through the admin procedures (which
// check the permission and the input again) and comes back either done or with errors to show.
import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { domainCodeOf, fieldErrorsFromError, type Caller } from "@comptoir/api";
import {
  adminCategoryCreateInput,
  adminCategoryUpdateInput,
  categoryMsg,
  type AdminCategoryCreateInput,
  type AdminCategoryReorderInput,
  type AdminCategoryUpdateInput,
} from "@comptoir/validators";

export const CATEGORY_DONE = ["created", "updated", "moved", "reordered", "deleted"] as const;
export type CategoryDone = (typeof CATEGORY_DONE)[number];

/** What the page shows after a post that did not go through. */
export type CategoryFormResult =
  | { intent: "create" | "update"; reply: SubmissionResult<string[]> }
  | { intent: "move" | "reorder" | "delete"; categoryId: string; error: string };

export type CategoryIntentOutcome = { done: CategoryDone } | { failed: CategoryFormResult };

/** The message key of a failure: the field's first message, or the domain code (NOT_FOUND...). */
function errorKeyOf(error: unknown): string | null {
  if (domainCodeOf(error) === "NOT_FOUND") return categoryMsg.notFound;
  const fields = fieldErrorsFromError(error);
  if (fields) return Object.values(fields)[0]?.[0] ?? null;
  return domainCodeOf(error);
}

async function saveTexts(
  api: Caller,
  intent: "create" | "update",
  form: FormData,
): Promise<CategoryIntentOutcome> {
  const schema = intent === "create" ? adminCategoryCreateInput : adminCategoryUpdateInput;
  const submission = parseWithZod(form, { schema });
  if (submission.status !== "success") return { failed: { intent, reply: submission.reply() } };
  try {
    // The schema matches the intent; the procedure checks the input again anyway.
    if (intent === "create") await api.admin.categories.create(submission.value as AdminCategoryCreateInput);
    else await api.admin.categories.update(submission.value as AdminCategoryUpdateInput);
    return { done: intent === "create" ? "created" : "updated" };
  } catch (error) {
    const fieldErrors = fieldErrorsFromError(error);
    if (fieldErrors) return { failed: { intent, reply: submission.reply({ fieldErrors }) } };
    const key = errorKeyOf(error);
    if (!key) throw error;
    return { failed: { intent, reply: submission.reply({ formErrors: [key] }) } };
  }
}

export async function runCategoryIntent(api: Caller, form: FormData): Promise<CategoryIntentOutcome | null> {
  const intent = form.get("intent");
  if (intent === "create" || intent === "update") return saveTexts(api, intent, form);
  if (intent !== "move" && intent !== "reorder" && intent !== "delete") return null;
  const categoryId = String(form.get("categoryId") ?? "");
  try {
    if (intent === "move") {
      await api.admin.categories.move({ categoryId, parentId: String(form.get("parentId") ?? "") || null });
      return { done: "moved" };
    }
    if (intent === "reorder") {
      // Anything but "up" or "down" is refused by the procedure's schema.
      const direction = String(form.get("direction") ?? "") as AdminCategoryReorderInput["direction"];
      await api.admin.categories.reorder({ categoryId, direction });
      return { done: "reordered" };
    }
    await api.admin.categories.delete({ categoryId });
    return { done: "deleted" };
  } catch (error) {
    const key = errorKeyOf(error);
    if (!key) throw error;
    return { failed: { intent, categoryId, error: key } };
  }
}
