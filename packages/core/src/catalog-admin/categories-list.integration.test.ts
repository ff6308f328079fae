import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { createTestCategory, createTestProduct } from "../testing";
import { listCategoriesForAdmin } from "./categories-list";

describe("listCategoriesForAdmin", () => {
  const database = useTestDatabase("category_list");

  it("lists the whole tree in both languages, parents before their children, siblings in order", async () => {
    const drinks = await createTestCategory(database.db, {
      position: 1,
      fr: { name: "Boissons", slug: "boissons", description: "À boire" },
      en: { name: "Drinks", slug: "drinks" },
    });
    const pantry = await createTestCategory(database.db, {
      position: 0,
      fr: { name: "Épicerie", slug: "epicerie" },
    });
    const coffee = await createTestCategory(database.db, {
      parentId: drinks.id,
      position: 1,
      fr: { name: "Café", slug: "cafe" },
    });
    const tea = await createTestCategory(database.db, {
      parentId: drinks.id,
      position: 0,
      fr: { name: "Thé", slug: "the" },
    });
    const green = await createTestCategory(database.db, {
      parentId: tea.id,
      fr: { name: "Thé vert", slug: "the-vert" },
    });
    await createTestProduct(database.db, { categories: [{ id: green.id }] });
    await createTestProduct(database.db, { status: "ARCHIVED", categories: [{ id: green.id }] });

    const rows = await listCategoriesForAdmin(database.db);
    expect(rows.map((row) => [row.texts.fr?.name, row.depth, row.first, row.last])).toEqual([
      ["Épicerie", 0, true, false],
      ["Boissons", 0, false, true],
      ["Thé", 1, true, false],
      ["Thé vert", 2, true, true],
      ["Café", 1, false, true],
    ]);
    expect(rows[1]).toMatchObject({
      id: drinks.id,
      parentId: null,
      childCount: 2,
      productCount: 0,
      texts: {
        fr: { name: "Boissons", slug: "boissons", description: "À boire" },
        en: { name: "Drinks", slug: "drinks", description: "" },
      },
    });
    expect(rows[0]?.texts.en).toBeUndefined();
    expect(rows[3]).toMatchObject({ id: green.id, parentId: tea.id, productCount: 2, childCount: 0 });
    expect(rows.map((row) => row.id)).toEqual([pantry.id, drinks.id, tea.id, green.id, coffee.id]);
  });
});
