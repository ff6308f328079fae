// Editing a category's texts in every language. A changed slug keeps the old URL working: it
// becomes a redirect to the new one (the same rule as changeCategorySlug, in this change's own
// transaction).
import type { Db } from "@comptoir/db";
import { LOCALES, type CategoryTexts, type Locale } from "@comptoir/validators";
import { moveSlug } from "../catalog/slug-redirects";
import { assertSlugsFree } from "./categories-checks";
import { loadCategorySnapshot } from "./categories-records";
import { changeCategoryTree } from "./categories-transaction";
import type { CategoryEditDeps, CategoryEditResult, CategoryTextsDto } from "./categories-types";

export interface UpdateCategoryRequest {
  categoryId: string;
  fr: CategoryTexts;
  en: CategoryTexts;
}

const sameTexts = (a: CategoryTextsDto | undefined, b: CategoryTexts) =>
  a?.name === b.name && a.slug === b.slug && a.description === b.description;

export async function updateCategory(
  db: Db,
  request: UpdateCategoryRequest,
  deps: CategoryEditDeps = {},
): Promise<CategoryEditResult> {
  const texts: Record<Locale, CategoryTexts> = { fr: request.fr, en: request.en };
  const categoryId = request.categoryId;
  return changeCategoryTree(db, async (tx) => {
    const current = await loadCategorySnapshot(tx, categoryId);
    const changed = LOCALES.filter((locale) => !sameTexts(current.texts[locale], texts[locale]));
    // Sent again unchanged (a second click): nothing to write, nothing to record.
    if (changed.length === 0) return { id: categoryId, changed: false };
    await assertSlugsFree(tx, { fr: texts.fr.slug, en: texts.en.slug }, categoryId);
    for (const locale of changed) {
      const was = current.texts[locale];
      await tx.categoryTranslation.upsert({
        where: { categoryId_locale: { categoryId, locale } },
        create: { categoryId, locale, ...texts[locale] },
        update: texts[locale],
      });
      if (was && was.slug !== texts[locale].slug) {
        await moveSlug(tx, "CATEGORY", { categoryId }, locale, was.slug, texts[locale].slug);
      } else if (!was) {
        await tx.slugRedirect.deleteMany({
          where: { kind: "CATEGORY", locale, fromSlug: texts[locale].slug },
        });
      }
    }
    await deps.audit?.(tx, {
      categoryId,
      before: { texts: Object.fromEntries(changed.map((locale) => [locale, current.texts[locale] ?? null])) },
      after: { texts: Object.fromEntries(changed.map((locale) => [locale, texts[locale]])) },
    });
    return { id: categoryId, changed: true };
  });
}
