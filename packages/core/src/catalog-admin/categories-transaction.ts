// Every change of the category tree runs in one transaction under the tree's lock.
import type { Db } from "@comptoir/db";
import type { Tx } from "../transaction";
import { CategoryRefusal } from "./categories-refusal";

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

/**
 * Runs a change of the tree in one transaction, under the tree's lock. Every change of the tree
 * takes it: checking "not under itself" and then writing is only safe if no other move runs in
 * between (two crossed moves would each pass the check and make a loop), and slugs, keys and
 * sibling positions are checked and written the same way.
 */
export async function changeCategoryTree<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('comptoir.category_tree'))`;
      return work(tx);
    });
  } catch (error) {
    // Slugs are checked under the lock; only a writer outside the admin (an import) can take one
    // between the check and the write.
    if (isUniqueViolation(error)) throw new CategoryRefusal("slug_taken", "fr.slug");
    throw error;
  }
}
