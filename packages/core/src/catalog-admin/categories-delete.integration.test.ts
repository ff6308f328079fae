import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { isDomainError } from "../errors";
import { createTestCategory, createTestProduct } from "../testing";
import { deleteCategory } from "./categories-delete";
import { CategoryRefusal } from "./categories-refusal";
import type { CategoryChange } from "./categories-types";
import { updateCategory } from "./categories-update";

describe("deleteCategory", () => {
  const database = useTestDatabase("category_delete");
  const exists = async (id: string) => (await database.db.category.count({ where: { id } })) === 1;

  it("deletes an empty category with its texts and old URLs, and records what it was", async () => {
    const { id } = await createTestCategory(database.db, {
      fr: { name: "Vide", slug: "vide" },
      en: { name: "Empty", slug: "empty" },
    });
    await updateCategory(database.db, {
      categoryId: id,
      fr: { name: "Vide", slug: "vide-2", description: "" },
      en: { name: "Empty", slug: "empty", description: "" },
    });
    const changes: CategoryChange[] = [];
    await deleteCategory(
      database.db,
      { categoryId: id },
      { audit: async (_tx, change) => void changes.push(change) },
    );
    expect(await exists(id)).toBe(false);
    expect(await database.db.slugRedirect.count({ where: { categoryId: id } })).toBe(0);
    expect(await database.db.categoryTranslation.count({ where: { categoryId: id } })).toBe(0);
    expect(changes).toEqual([
      {
        categoryId: id,
        before: {
          key: expect.any(String),
          parentId: null,
          position: 0,
          texts: {
            fr: { name: "Vide", slug: "vide-2", description: "" },
            en: { name: "Empty", slug: "empty", description: "" },
          },
        },
        after: null,
      },
    ]);
  });

  it("refuses a category with subcategories or with products, and deletes nothing", async () => {
    const parent = await createTestCategory(database.db, { fr: { name: "Parent", slug: "parent" } });
    const child = await createTestCategory(database.db, {
      parentId: parent.id,
      fr: { name: "Enfant", slug: "enfant" },
    });
    const stocked = await createTestCategory(database.db, { fr: { name: "Garnie", slug: "garnie" } });
    // Any product counts, even a draft: it would lose its category unseen.
    await createTestProduct(database.db, { status: "DRAFT", categories: [{ id: stocked.id }] });

    for (const [categoryId, reason] of [
      [parent.id, "has_children"],
      [stocked.id, "has_products"],
    ] as const) {
      const error = await deleteCategory(database.db, { categoryId }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(CategoryRefusal);
      expect(error).toMatchObject({ reason, field: "categoryId" });
      expect(await exists(categoryId)).toBe(true);
    }
    // Once emptied, it goes.
    await deleteCategory(database.db, { categoryId: child.id });
    await deleteCategory(database.db, { categoryId: parent.id });
    expect(await exists(parent.id)).toBe(false);
  });

  it("answers NOT_FOUND for a category that does not exist", async () => {
    const error = await deleteCategory(database.db, { categoryId: "no-such-category" }).catch(
      (caught: unknown) => caught,
    );
    expect(isDomainError(error, "NOT_FOUND")).toBe(true);
  });
});
