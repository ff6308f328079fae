import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { createTestCategory, createTestProduct } from "../testing";
import { listProductsForAdmin } from "./list-products-for-admin";

describe("listProductsForAdmin", () => {
  const database = useTestDatabase("admin_products");

  it("lists every status with stock totals and price ranges, paginated", async () => {
    await createTestProduct(database.db, {
      status: "DRAFT",
      variants: [
        { priceAmount: 500, stock: 2 },
        { priceAmount: 900, stock: 3 },
      ],
    });
    await createTestProduct(database.db, { status: "ARCHIVED" });
    await createTestProduct(database.db, { status: "ACTIVE" });

    const first = await listProductsForAdmin(database.db, { locale: "fr", page: 1, pageSize: 2 });
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2, pageCount: 2 });
    expect(first.items).toHaveLength(2);
    const second = await listProductsForAdmin(database.db, { locale: "fr", page: 2, pageSize: 2 });
    expect(second.items).toHaveLength(1);

    const all = [...first.items, ...second.items];
    expect(new Set(all.map((row) => row.status))).toEqual(new Set(["DRAFT", "ARCHIVED", "ACTIVE"]));
    const draft = all.find((row) => row.status === "DRAFT");
    expect(draft).toMatchObject({
      variantCount: 2,
      totalStock: 5,
      minPrice: { amount: 500 },
      maxPrice: { amount: 900 },
    });
  });

  it("searches names in any locale and SKUs, case-insensitively", async () => {
    await createTestProduct(database.db, {
      fr: { name: "Chocolat noir 70 %", slug: "chocolat-noir" },
      en: { name: "Dark chocolate 70%", slug: "dark-chocolate" },
      variants: [{ sku: "CHO-NOIR-70" }],
    });
    const byFrench = await listProductsForAdmin(database.db, {
      locale: "en",
      page: 1,
      pageSize: 10,
      search: "CHOCOLAT",
    });
    expect(byFrench.items.map((row) => row.name)).toEqual(["Dark chocolate 70%"]);
    const bySku = await listProductsForAdmin(database.db, {
      locale: "fr",
      page: 1,
      pageSize: 10,
      search: "noir-70",
    });
    expect(bySku.items.map((row) => row.name)).toEqual(["Chocolat noir 70 %"]);
  });

  it("narrows by status and by category, together with the search", async () => {
    const teas = await createTestCategory(database.db, { fr: { name: "Thés", slug: "thes-admin-list" } });
    await createTestProduct(database.db, {
      status: "DRAFT",
      fr: { name: "Thé brouillon", slug: "the-brouillon" },
      categories: [{ id: teas.id }],
    });
    await createTestProduct(database.db, {
      status: "ACTIVE",
      fr: { name: "Thé publié", slug: "the-publie" },
      categories: [{ id: teas.id }],
    });
    await createTestProduct(database.db, {
      status: "DRAFT",
      fr: { name: "Thé ailleurs", slug: "the-ailleurs" },
    });
    const list = (filters: { status?: "DRAFT" | "ACTIVE"; categoryId?: string; search?: string }) =>
      listProductsForAdmin(database.db, { locale: "fr", page: 1, pageSize: 10, ...filters }).then((page) =>
        page.items.map((row) => row.name).sort(),
      );
    expect(await list({ categoryId: teas.id })).toEqual(["Thé brouillon", "Thé publié"]);
    expect(await list({ categoryId: teas.id, status: "DRAFT" })).toEqual(["Thé brouillon"]);
    expect(await list({ status: "DRAFT", search: "thé" })).toEqual(["Thé ailleurs", "Thé brouillon"]);
  });
});
