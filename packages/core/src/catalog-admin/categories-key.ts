// The key of a new category (used by imports and the seed, unique, never shown to shoppers):
// generated from its French slug so that staff never type one.
import type { Tx } from "../transaction";

/** The French slug itself, or with "-2", "-3"... when a category already has it as its key. */
export async function uniqueCategoryKey(tx: Tx, slug: string): Promise<string> {
  const base = slug.slice(0, 80).replace(/-+$/, "") || "category";
  const taken = new Set(
    (await tx.category.findMany({ where: { key: { startsWith: base } }, select: { key: true } })).map(
      (row) => row.key,
    ),
  );
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
