import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { isDomainError } from "../errors";
import { createTestCategory } from "../testing";
import { moveCategory } from "./categories-move";
import { CategoryRefusal } from "./categories-refusal";
import { reorderCategory } from "./categories-reorder";
import type { CategoryChange } from "./categories-types";

describe("moving and reordering categories", () => {
  const database = useTestDatabase("category_move");
  let count = 0;
  const category = (parentId?: string, position?: number) => {
    count += 1;
    return createTestCategory(database.db, {
      parentId,
      position,
      fr: { name: `Catégorie ${count}`, slug: `categorie-${count}` },
    });
  };
  const placeOf = (id: string) =>
    database.db.category.findUniqueOrThrow({ where: { id }, select: { parentId: true, position: true } });
  const orderUnder = async (parentId: string) =>
    (
      await database.db.category.findMany({
        where: { parentId },
        orderBy: [{ position: "asc" }],
        select: { id: true },
      })
    ).map((row) => row.id);

  it("moves a category with its subtree under another parent, last, then back to the top level", async () => {
    const drinks = await category();
    const teas = await category();
    const green = await category(teas.id);
    const coffee = await category(drinks.id, 5);
    const changes: CategoryChange[] = [];
    const audit = async (_tx: unknown, change: CategoryChange) => void changes.push(change);

    expect(await moveCategory(database.db, { categoryId: teas.id, parentId: drinks.id }, { audit })).toEqual({
      id: teas.id,
      changed: true,
    });
    expect(await placeOf(teas.id)).toEqual({ parentId: drinks.id, position: 6 });
    expect(await placeOf(green.id)).toMatchObject({ parentId: teas.id });
    expect(await orderUnder(drinks.id)).toEqual([coffee.id, teas.id]);
    expect(changes).toEqual([
      {
        categoryId: teas.id,
        before: { parentId: null, position: 0 },
        after: { parentId: drinks.id, position: 6 },
      },
    ]);

    await moveCategory(database.db, { categoryId: teas.id, parentId: null }, { audit });
    expect(await placeOf(teas.id)).toMatchObject({ parentId: null });
    // Already there: nothing written, nothing recorded.
    expect(await moveCategory(database.db, { categoryId: teas.id, parentId: null }, { audit })).toEqual({
      id: teas.id,
      changed: false,
    });
    expect(changes).toHaveLength(2);
  });

  it("refuses to put a category under itself or one of its descendants, or under an unknown parent", async () => {
    const top = await category();
    const child = await category(top.id);
    const grandchild = await category(child.id);
    for (const parentId of [top.id, child.id, grandchild.id]) {
      const error = await moveCategory(database.db, { categoryId: top.id, parentId }).catch(
        (caught: unknown) => caught,
      );
      expect(error, parentId).toBeInstanceOf(CategoryRefusal);
      expect(error).toMatchObject({ reason: "parent_cycle", field: "parentId" });
    }
    const unknown = await moveCategory(database.db, {
      categoryId: child.id,
      parentId: "no-such-category",
    }).catch((caught: unknown) => caught);
    expect(unknown).toMatchObject({ reason: "parent_unknown", field: "parentId" });
    expect(await placeOf(top.id)).toMatchObject({ parentId: null });
    expect(await placeOf(child.id)).toMatchObject({ parentId: top.id });
  });

  it("never lets two crossed moves make a loop", async () => {
    const a = await category();
    const b = await category();
    const results = await Promise.allSettled([
      moveCategory(database.db, { categoryId: a.id, parentId: b.id }),
      moveCategory(database.db, { categoryId: b.id, parentId: a.id }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [placeA, placeB] = await Promise.all([placeOf(a.id), placeOf(b.id)]);
    expect(placeA.parentId === b.id && placeB.parentId === a.id).toBe(false);
  });

  it("moves a category one place up or down among its siblings, whatever their positions were", async () => {
    const parent = await category();
    // Ties and gaps, as imports leave them: shown by position, then id.
    await Promise.all([category(parent.id, 3), category(parent.id, 3), category(parent.id, 9)]);
    const shown = (
      await database.db.category.findMany({
        where: { parentId: parent.id },
        select: { id: true, position: true },
      })
    )
      .sort((x, y) => x.position - y.position || x.id.localeCompare(y.id))
      .map((row) => row.id);

    const changes: CategoryChange[] = [];
    await reorderCategory(
      database.db,
      { categoryId: shown[2]!, direction: "up" },
      { audit: async (_tx, change) => void changes.push(change) },
    );
    expect(await orderUnder(parent.id)).toEqual([shown[0], shown[2], shown[1]]);
    expect(changes[0]).toMatchObject({ before: { position: 9, siblings: shown }, after: { position: 1 } });

    await reorderCategory(database.db, { categoryId: shown[0]!, direction: "down" });
    expect(await orderUnder(parent.id)).toEqual([shown[2], shown[0], shown[1]]);

    // The first cannot go up, the last cannot go down: nothing changes.
    expect(await reorderCategory(database.db, { categoryId: shown[2]!, direction: "up" })).toEqual({
      id: shown[2],
      changed: false,
    });
    expect(await reorderCategory(database.db, { categoryId: shown[1]!, direction: "down" })).toMatchObject({
      changed: false,
    });
    expect(await orderUnder(parent.id)).toEqual([shown[2], shown[0], shown[1]]);
  });

  it("answers NOT_FOUND for a category that does not exist", async () => {
    for (const call of [
      () => moveCategory(database.db, { categoryId: "no-such-category", parentId: null }),
      () => reorderCategory(database.db, { categoryId: "no-such-category", direction: "up" }),
    ]) {
      expect(isDomainError(await call().catch((caught: unknown) => caught), "NOT_FOUND")).toBe(true);
    }
  });
});
