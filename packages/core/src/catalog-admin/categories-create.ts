// A new category, named in every language, placed last under its parent (or at the top level).
import type { Db } from "@comptoir/db";
import { LOCALES, type CategoryTexts, type Locale } from "@comptoir/validators";
import { assertParentAllowed, assertSlugsFree } from "./categories-checks";
import { uniqueCategoryKey } from "./categories-key";
import { nextPosition } from "./categories-records";
import { changeCategoryTree } from "./categories-transaction";
import type { CategoryEditDeps, CategoryEditResult } from "./categories-types";

export interface CreateCategoryRequest {
  parentId: string | null;
  fr: CategoryTexts;
  en: CategoryTexts;
}

export async function createCategory(
  db: Db,
  request: CreateCategoryRequest,
  deps: CategoryEditDeps = {},
): Promise<CategoryEditResult & { key: string }> {
  const texts: Record<Locale, CategoryTexts> = { fr: request.fr, en: request.en };
  return changeCategoryTree(db, async (tx) => {
    await assertParentAllowed(tx, request.parentId, null);
    await assertSlugsFree(tx, { fr: texts.fr.slug, en: texts.en.slug }, null);
    const key = await uniqueCategoryKey(tx, texts.fr.slug);
    const position = await nextPosition(tx, request.parentId);
    const created = await tx.category.create({
      data: {
        key,
        parentId: request.parentId,
        position,
        translations: { create: LOCALES.map((locale) => ({ locale, ...texts[locale] })) },
      },
      select: { id: true },
    });
    // The new category's URLs are its own from now on: an old slug of another category that
    // redirected from them lets go of them.
    await tx.slugRedirect.deleteMany({
      where: { kind: "CATEGORY", OR: LOCALES.map((locale) => ({ locale, fromSlug: texts[locale].slug })) },
    });
    await deps.audit?.(tx, {
      categoryId: created.id,
      before: null,
      after: { key, parentId: request.parentId, position, texts },
    });
    return { id: created.id, key, changed: true };
  });
}
