// Products by the file: a manager imports a CSV (checked and written by the worker in the
// background), follows its progress, and the products are there; a file with mistakes is refused
// with every problem by row and column, and nothing is written. The export reads back the same.
import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { createStaff, logIn } from "./staff";

const HEADER =
  "key,status,featured,categories,name_fr,name_en,slug_fr,slug_en,description_fr,description_en,seo_title_fr,seo_title_en,seo_description_fr,seo_description_en,option1_fr,option1_en,option2_fr,option2_en,option3_fr,option3_en,value1_fr,value1_en,value2_fr,value2_en,value3_fr,value3_en,sku,price,compare_at_price,stock,weight_grams";

function csv(rows: string[][]): Buffer {
  return Buffer.from(
    [HEADER, ...rows.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(","))].join("\n"),
  );
}

/** A product row: the product's columns, then option 1's value and the variant's. */
function row(
  key: string,
  product: Partial<Record<"status" | "nameFr" | "nameEn" | "option", string>>,
  variant: [string, string, string, string],
) {
  const [value, sku, price, stock] = variant;
  return [
    key,
    product.status ?? "",
    "",
    "",
    product.nameFr ?? "",
    product.nameEn ?? "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    product.option ?? "",
    product.option ? "Size" : "",
    "",
    "",
    "",
    "",
    value,
    "",
    "",
    "",
    "",
    "",
    sku,
    price,
    "",
    stock,
    "",
  ];
}

test("a manager imports products from a CSV and follows it to the end", async ({ page }) => {
  const tag = randomUUID().slice(0, 6);
  await logIn(page, await createStaff("MANAGER"));
  await page.goto("/products");
  await page.getByRole("link", { name: "Importer un CSV" }).click();
  const file = csv([
    row(
      `chai-${tag}`,
      { status: "ACTIVE", nameFr: `Chaï épicé ${tag}`, nameEn: `Spiced chai ${tag}`, option: "Format" },
      ["100 g", `CHAI-${tag}-100`, "7.90", "30"],
    ),
    row(`chai-${tag}`, {}, ["250 g", `CHAI-${tag}-250`, "16.50", "12"]),
    row(
      `rooibos-${tag}`,
      { status: "DRAFT", nameFr: `Rooibos vanille ${tag}`, nameEn: `Vanilla rooibos ${tag}` },
      ["", `ROO-${tag}`, "6", "0"],
    ),
  ]);
  await page
    .getByLabel("Fichier CSV")
    .setInputFiles({ name: `thes-${tag}.csv`, mimeType: "text/csv", buffer: file });
  await page.getByRole("button", { name: "Importer", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Import de « thes-${tag}.csv »`);
  // The worker runs it; the page follows by itself.
  await expect(page.getByTestId("import-done")).toContainText("2 produits créés, 0 mis à jour.", {
    timeout: 20_000,
  });
  await page.goto(`/products?q=${tag}`);
  await expect(page.getByTestId("product-count")).toHaveText("2 produits");
  await page.getByRole("link", { name: `Chaï épicé ${tag}` }).click();
  await expect(page.getByTestId("variant-row")).toHaveCount(2);
  await expect(
    page
      .getByTestId("variant-row")
      .first()
      .getByLabel(/^Prix —/),
  ).toHaveValue("7,90");

  // The export holds them, in the format the import reads.
  const exported = await page.request.get("/products/export.csv");
  expect(exported.headers()["content-type"]).toContain("text/csv");
  const text = await exported.text();
  expect(text.split("\n")[0]).toBe(HEADER);
  expect(text).toContain(`CHAI-${tag}-250,16.50,,12,`);
});

test("a file with mistakes is refused with every problem by row and column, and nothing is written", async ({
  page,
}) => {
  const tag = randomUUID().slice(0, 6);
  await logIn(page, await createStaff("MANAGER"));
  await page.goto("/products/import");
  const file = csv([
    row(`ok-${tag}`, { status: "ACTIVE", nameFr: `Bon ${tag}`, nameEn: `Good ${tag}` }, [
      "",
      `OK-${tag}`,
      "5",
      "1",
    ]),
    row(`bad-${tag}`, { status: "EN VENTE", nameFr: `Mauvais ${tag}`, nameEn: "" }, [
      "",
      `BAD-${tag}`,
      "cinq",
      "1",
    ]),
  ]);
  await page
    .getByLabel("Fichier CSV")
    .setInputFiles({ name: "erreurs.csv", mimeType: "text/csv", buffer: file });
  await page.getByRole("button", { name: "Importer", exact: true }).click();
  await expect(page.getByRole("alert")).toHaveText(
    "3 erreurs à corriger dans le fichier, puis importez-le à nouveau.",
    {
      timeout: 20_000,
    },
  );
  const problems = page.getByTestId("import-problem");
  await expect(problems).toHaveText([
    /^3\s*name_en\s*Ce champ est obligatoire\.$/,
    /^3\s*price\s*Saisissez un nombre\.$/,
    /^3\s*status\s*Statut inconnu/,
  ]);
  await page.goto(`/products?q=${tag}`);
  await expect(page.getByTestId("product-count")).toHaveText("0 produit");
});
