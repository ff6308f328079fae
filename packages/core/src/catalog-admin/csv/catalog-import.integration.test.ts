import { useTestDatabase } from "@comptoir/db/testing";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { createTestCategory, createTestOrder, createTestProduct } from "../../testing";
import { CSV_COLUMNS, type CsvRow } from "./columns";
import { getCatalogImport, startCatalogImport } from "./catalog-imports";
import { exportProductsCsv } from "./export-products-csv";
import { runCatalogImport } from "./run-catalog-import";
import { parse } from "csv-parse/sync";

const blank = () => Object.fromEntries(CSV_COLUMNS.map((column) => [column, ""])) as CsvRow;
const csvOf = (rows: Partial<CsvRow>[]) =>
  stringify([
    [...CSV_COLUMNS],
    ...rows.map((row) => CSV_COLUMNS.map((column) => ({ ...blank(), ...row })[column])),
  ]);

describe("CSV import and export of products", () => {
  const database = useTestDatabase("catalog_csv");
  const jobs = {
    sent: [] as string[],
    sendInTransaction: async (_tx: unknown, job: { data: { importId: string } }) =>
      void jobs.sent.push(job.data.importId),
  };

  async function importCsv(content: string) {
    const { importId } = await startCatalogImport(
      database.db,
      { fileName: "products.csv", content, currency: "EUR", staffId: "staff-1" },
      { jobs },
    );
    const audits: unknown[] = [];
    await runCatalogImport(database.db, importId, {
      audit: async (_tx, summary) => void audits.push(summary),
    });
    return { result: await getCatalogImport(database.db, importId), audits };
  }

  it("creates products with options, variants and categories from rows, and updates them by key and SKU", async () => {
    const teas = await createTestCategory(database.db, { fr: { name: "Thés", slug: "thes-csv" } });
    await database.db.category.update({ where: { id: teas.id }, data: { key: "teas-csv" } });
    const rows: Partial<CsvRow>[] = [
      {
        key: "oolong-csv",
        status: "ACTIVE",
        categories: "teas-csv",
        name_fr: "Oolong de Taïwan",
        name_en: "Taiwan oolong",
        description_fr: "Floral et **rond**.",
        option1_fr: "Format",
        option1_en: "Size",
        value1_fr: "100 g",
        sku: "OOL-100",
        price: "12.50",
        stock: "8",
      },
      {
        key: "oolong-csv",
        value1_fr: "250 g",
        value1_en: "250 grams",
        sku: "OOL-250",
        price: "27,00",
        compare_at_price: "30",
        stock: "3",
        weight_grams: "270",
      },
    ];
    const { result, audits } = await importCsv(csvOf(rows));
    expect(result).toMatchObject({
      status: "DONE",
      totalRows: 2,
      doneRows: 2,
      created: 1,
      updated: 0,
      problems: [],
    });
    expect(audits).toEqual([expect.objectContaining({ created: 1, updated: 0, staffId: "staff-1" })]);
    const product = await database.db.product.findUniqueOrThrow({
      where: { key: "oolong-csv" },
      include: { translations: true, categories: true, variants: { orderBy: { position: "asc" } } },
    });
    expect(product.status).toBe("ACTIVE");
    expect(product.translations.find((row) => row.locale === "fr")?.slug).toBe("oolong-de-taiwan");
    expect(product.categories.map((link) => link.categoryId)).toEqual([teas.id]);
    expect(
      product.variants.map((variant) => [
        variant.sku,
        variant.priceAmount,
        variant.compareAtAmount,
        variant.stock,
      ]),
    ).toEqual([
      ["OOL-100", 1250, null, 8],
      ["OOL-250", 2700, 3000, 3],
    ]);
    const variantIds = product.variants.map((variant) => variant.id);

    // The same file with a new price and stock: the same rows change, nothing is duplicated.
    rows[0] = { ...rows[0], price: "13.00", stock: "20" };
    const again = await importCsv(csvOf(rows));
    expect(again.result).toMatchObject({ status: "DONE", created: 0, updated: 1 });
    const variants = await database.db.variant.findMany({
      where: { productId: product.id },
      orderBy: { position: "asc" },
    });
    expect(variants.map((variant) => [variant.id, variant.priceAmount, variant.stock])).toEqual([
      [variantIds[0], 1300, 20],
      [variantIds[1], 2700, 3],
    ]);
  });

  it("exports what it imports: an export imported again changes nothing", async () => {
    await createTestProduct(database.db, {
      key: "export-me",
      options: [
        {
          fr: "Couleur",
          en: "Colour",
          values: [
            { fr: "Rouge", en: "Red" },
            { fr: "Bleu", en: "Blue" },
          ],
        },
      ],
      variants: [
        { sku: "EXP-R", priceAmount: 990, values: [0], stock: 4 },
        { sku: "EXP-B", priceAmount: 1090, compareAtAmount: 1500, values: [1], stock: 0 },
      ],
    });
    const exported = await exportProductsCsv(database.db);
    const records = parse(exported, { columns: true }) as CsvRow[];
    const mine = records.filter((row) => row.key === "export-me");
    expect(mine).toEqual([
      expect.objectContaining({
        option1_fr: "Couleur",
        value1_en: "Red",
        sku: "EXP-R",
        price: "9.90",
        stock: "4",
      }),
      expect.objectContaining({
        name_fr: "",
        value1_fr: "Bleu",
        sku: "EXP-B",
        price: "10.90",
        compare_at_price: "15.00",
      }),
    ]);
    const before = await database.db.variant.findMany({
      orderBy: { sku: "asc" },
      select: { id: true, sku: true, priceAmount: true, stock: true },
    });
    const { result } = await importCsv(exported);
    expect(result.status).toBe("DONE");
    expect(result.created).toBe(0);
    expect(
      await database.db.variant.findMany({
        orderBy: { sku: "asc" },
        select: { id: true, sku: true, priceAmount: true, stock: true },
      }),
    ).toEqual(before);
  });

  it("reports every problem by row and column, and writes nothing when there is one", async () => {
    await createTestProduct(database.db, {
      key: "owner",
      fr: { name: "Déjà là", slug: "deja-la" },
      variants: [{ sku: "TAKEN-SKU" }],
    });
    const count = await database.db.product.count();
    const { result } = await importCsv(
      csvOf([
        { key: "fine", status: "ACTIVE", name_fr: "Très bien", name_en: "Fine", sku: "FINE-1", price: "5" },
        { key: "bad one", status: "ACTIVE", name_fr: "x", name_en: "x", sku: "X", price: "1" },
        {
          key: "broken",
          status: "PUBLISHED",
          name_fr: "Cassé",
          name_en: "",
          slug_fr: "deja-la",
          categories: "nowhere",
          sku: "TAKEN-SKU",
          price: "abc",
          stock: "-2",
        },
        { key: "broken", status: "DRAFT", sku: "FINE-1", price: "3" },
      ]),
    );
    expect(result.status).toBe("REJECTED");
    expect(result.problems.map((problem) => `${problem.row}:${problem.column}:${problem.message}`)).toEqual([
      "3:key:validation.csv_key",
      "4:categories:validation.category_unknown",
      "4:name_en:validation.required",
      "4:price:validation.number",
      "4:sku:validation.sku_taken",
      "4:slug_fr:validation.slug_taken",
      "4:status:validation.csv_status",
      "4:stock:validation.number",
      "5:sku:validation.sku_duplicate",
      "5:status:validation.csv_product_mismatch",
    ]);
    expect(await database.db.product.count()).toBe(count);
    expect(
      await database.db.catalogImport.findUniqueOrThrow({
        where: { id: result.id },
        select: { content: true },
      }),
    ).toEqual({ content: null });
  });

  it("refuses a file without the expected columns, and one that drops a variant an order is paying for", async () => {
    const headerless = (await importCsv("name;price\nThé;3\n")).result;
    expect(headerless.status).toBe("REJECTED");
    expect(headerless.problems).toContainEqual({ row: 1, column: "key", message: "validation.csv_header" });
    const product = await createTestProduct(database.db, {
      key: "reserved",
      variants: [{ sku: "RES-1", stock: 5 }, { sku: "RES-2" }],
    });
    const [first] = await database.db.variant.findMany({
      where: { productId: product.id },
      orderBy: { position: "asc" },
    });
    await createTestOrder(database.db, { lines: [{ variantId: first!.id, quantity: 1, unitAmount: 100 }] });
    const { result } = await importCsv(
      csvOf([
        {
          key: "reserved",
          status: "ACTIVE",
          name_fr: "Réservé",
          name_en: "Reserved",
          sku: "RES-2",
          price: "2",
        },
      ]),
    );
    expect(result.problems).toEqual([{ row: 2, column: "sku", message: "validation.variant_reserved" }]);
  });

  it("runs an import once even when its job is delivered twice", async () => {
    const content = csvOf([
      { key: "twice", status: "DRAFT", name_fr: "Deux fois", name_en: "Twice", sku: "TWICE-1", price: "1" },
    ]);
    const { importId } = await startCatalogImport(
      database.db,
      { fileName: "twice.csv", content, currency: "EUR", staffId: "s" },
      { jobs },
    );
    await runCatalogImport(database.db, importId);
    await runCatalogImport(database.db, importId);
    expect(await getCatalogImport(database.db, importId)).toMatchObject({ status: "DONE", created: 1 });
    expect(await database.db.product.count({ where: { key: "twice" } })).toBe(1);
  });
});
