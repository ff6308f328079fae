import type { Db } from "@comptoir/db";
import { LOCALES, type CategoryPlan } from "./catalog";

/**
 * Upserts the category tree by key, parents before children, in one transaction.
 * Returns the database id of every seeded category by key.
 */
export async function writeCategories(
  db: Db,
  categories: readonly CategoryPlan[],
): Promise<Map<string, string>> {
  return db.$transaction(
    async (tx) => {
      const ids = new Map<string, string>();
      for (const category of categories) {
        const parentId = category.parentKey ? ids.get(category.parentKey) : null;
        if (parentId === undefined) throw new Error(`Category "${category.key}" comes before its parent.`);
        const fields = { parentId, position: category.position };
        const { id } = await tx.category.upsert({
          where: { key: category.key },
          create: { key: category.key, ...fields },
          update: fields,
          select: { id: true },
        });
        ids.set(category.key, id);
        for (const locale of LOCALES) {
          const translation = category.translations[locale];
          await tx.categoryTranslation.upsert({
            where: { categoryId_locale: { categoryId: id, locale } },
            create: { categoryId: id, locale, ...translation },
            update: translation,
          });
        }
      }
      return ids;
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}
