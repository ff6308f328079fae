import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { createTestProduct } from "../testing";
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
});
