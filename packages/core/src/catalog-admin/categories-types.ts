// What the admin's category tree reads and what its changes report to the audit trail.
import type { Locale } from "@comptoir/validators";
import type { Tx } from "../transaction";

export interface CategoryTextsDto {
  name: string;
  slug: string;
  description: string;
}

/** One category of the admin's tree, in tree order (parents first, siblings by position). */
export interface AdminCategoryRowDto {
  id: string;
  /** Stable key of imports and the seed; generated, never typed by staff. */
  key: string;
  parentId: string | null;
  position: number;
  /** 0 for a top-level category. */
  depth: number;
  /** Its texts per language; a language it has no texts in is missing. */
  texts: Partial<Record<Locale, CategoryTextsDto>>;
  childCount: number;
  /** Products linked to it directly, whatever their status: a category with any cannot be deleted. */
  productCount: number;
  /** Whether it is the first or last of its siblings: it cannot move further that way. */
  first: boolean;
  last: boolean;
}

/** A change as the audit trail records it: the fields that changed, as they were and as they are. */
export interface CategoryChange {
  categoryId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface CategoryEditDeps {
  /** Writes the audit entry in the change's own transaction. */
  audit?: (tx: Tx, change: CategoryChange) => Promise<void>;
}

/** What a change did: `changed` is false when the category already was as asked (nothing written). */
export interface CategoryEditResult {
  id: string;
  changed: boolean;
}
