// Reading one category inside a change of the tree: its place and its texts per language, which is
// also what the audit trail records of it.
import { LOCALES, type Locale } from "@comptoir/validators";
import { DomainError } from "../errors";
import type { Tx } from "../transaction";
import type { CategoryTextsDto } from "./categories-types";

export interface CategorySnapshot {
  key: string;
  parentId: string | null;
  position: number;
  texts: Partial<Record<Locale, CategoryTextsDto>>;
}

export async function loadCategorySnapshot(tx: Tx, categoryId: string): Promise<CategorySnapshot> {
  const row = await tx.category.findUnique({
    where: { id: categoryId },
    select: {
      key: true,
      parentId: true,
      position: true,
      translations: { select: { locale: true, name: true, slug: true, description: true } },
    },
  });
  if (!row) throw new DomainError("NOT_FOUND", `category ${categoryId}`);
  const texts: CategorySnapshot["texts"] = {};
  for (const locale of LOCALES) {
    const translation = row.translations.find((candidate) => candidate.locale === locale);
    if (translation)
      texts[locale] = {
        name: translation.name,
        slug: translation.slug,
        description: translation.description,
      };
  }
  return { key: row.key, parentId: row.parentId, position: row.position, texts };
}

/** The position after the last of `parentId`'s children: where a new or moved category goes. */
export async function nextPosition(tx: Tx, parentId: string | null): Promise<number> {
  const last = await tx.category.aggregate({ where: { parentId }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}
