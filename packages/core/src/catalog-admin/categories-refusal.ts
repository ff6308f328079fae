// Refusals of a category change that come from the rest of the tree: a slug another category uses,
// a parent that does not exist or sits below the category itself, a category that is not empty.
// Each names the form field it is about, so that the admin shows it next to that field.
import { DomainError } from "../errors";

export const CATEGORY_REFUSALS = [
  "slug_taken",
  "parent_unknown",
  "parent_cycle",
  "has_children",
  "has_products",
] as const;
export type CategoryRefusalReason = (typeof CATEGORY_REFUSALS)[number];

export class CategoryRefusal extends DomainError {
  override name = "CategoryRefusal";

  constructor(
    readonly reason: CategoryRefusalReason,
    /** The input field it is about: "fr.slug", "parentId", "categoryId". */
    readonly field: string,
  ) {
    super(reason === "parent_unknown" ? "NOT_FOUND" : "CONFLICT", `${reason} (${field})`);
  }
}

export function isCategoryRefusal(error: unknown): error is CategoryRefusal {
  return error instanceof CategoryRefusal;
}
