// Products from the admin to the shop: an admin (two-factor login) creates a product in French and
// English, adds a picture, publishes it, and shoppers find it on the storefront in both languages at
// its own addresses; a renamed address keeps answering. Bad input is refused field by field, and
// support staff only read products.
import { randomUUID } from "node:crypto";
import { e2eUrl } from "@comptoir/devkit/e2e";
import sharp from "sharp";
import { expect, test } from "./fixtures";
import { createStaff, logIn } from "./staff";

const photo = () =>
  sharp({
    create: { width: 1200, height: 900, channels: 3, background: "#7a9a3a" },
  })
    .composite([
      {
        input: Buffer.from(
          '<svg width="1200" height="900"><circle cx="600" cy="450" r="300" fill="#f2e6c8"/></svg>',
        ),
      },
    ])
    .jpeg()
    .toBuffer();

test("an admin creates a product in both languages with a picture, publishes it, and shoppers find it", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const tag = randomUUID().slice(0, 6);
  await logIn(page, await createStaff("ADMIN"));
  await page.goto("/products");
  await page.getByRole("link", { name: "Nouveau produit" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nouveau produit");

  const french = page.getByRole("group", { name: "Français" });
  const english = page.getByRole("group", { name: "Anglais" });
  await french.getByLabel("Nom").fill(`Infusion verveine citron ${tag}`);
  await french.getByLabel("Description", { exact: true }).fill("Une infusion **douce** du soir.");
  await english.getByLabel("Nom").fill(`Lemon verbena infusion ${tag}`);
  await english.getByLabel("Adresse (slug)").fill(`lemon-verbena-${tag}`);
  await english.getByLabel("Description", { exact: true }).fill("A **gentle** evening infusion.");
  const row = page.getByTestId("variant-new");
  await row.getByLabel(/Référence \(SKU\)/).fill(`VERV-${tag}`);
  await row.getByLabel(/^Prix —/).fill("8,90");
  await row.getByLabel(/^Stock —/).fill("25");
  await page.getByRole("button", { name: "Créer le produit" }).click();

  await expect(page.getByRole("status")).toHaveText("Produit créé. Ajoutez-lui des images ci-dessous.");
  const upload = page.getByTestId("image-upload");
  await upload
    .getByLabel("Fichier image")
    .setInputFiles({ name: "verveine.jpg", mimeType: "image/jpeg", buffer: await photo() });
  await upload.getByLabel("Description de l’image (Français)").fill("Tasse de verveine fumante");
  await upload.getByLabel("Description de l’image (Anglais)").fill("Steaming cup of verbena");
  await upload.getByRole("button", { name: "Ajouter l’image" }).click();
  await expect(page.getByTestId("product-images").getByRole("status")).toHaveText("Image ajoutée.");
  await expect(page.getByTestId("product-image")).toHaveCount(1);
  await expect(page.getByTestId("product-image")).toContainText("1200 × 900 pixels");

  await page.getByLabel("Statut").selectOption("ACTIVE");
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Modifications enregistrées.");
  await page.screenshot({ path: test.info().outputPath("product-editor.png"), fullPage: true });

  const shop = e2eUrl("storefront");
  await page.goto(`${shop}/fr/produit/infusion-verveine-citron-${tag}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Infusion verveine citron ${tag}`);
  const frenchPicture = page.getByRole("img", { name: "Tasse de verveine fumante" }).first();
  await expect(frenchPicture).toBeVisible();
  expect(await frenchPicture.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    "href",
    `${shop}/en/product/lemon-verbena-${tag}`,
  );
  await page.goto(`${shop}/en/product/lemon-verbena-${tag}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Lemon verbena infusion ${tag}`);
  await expect(page.getByRole("img", { name: "Steaming cup of verbena" }).first()).toBeVisible();

  // A new English address: the old one now sends shoppers (and search engines) to it.
  await page.goto("/products");
  await page.getByRole("link", { name: `Infusion verveine citron ${tag}` }).click();
  await page
    .getByRole("group", { name: "Anglais" })
    .getByLabel("Adresse (slug)")
    .fill(`lemon-verbena-tea-${tag}`);
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Modifications enregistrées.");
  const old = await page.request.get(`${shop}/en/product/lemon-verbena-${tag}`, { maxRedirects: 0 });
  expect(old.status()).toBe(301);
  expect(old.headers().location).toMatch(new RegExp(`/en/product/lemon-verbena-tea-${tag}$`));
});

test("bad input is refused next to its field, in the staff member's language, and nothing is created", async ({
  page,
}) => {
  const tag = randomUUID().slice(0, 6);
  await logIn(page, await createStaff("MANAGER"));
  await page.goto("/products/new");
  const french = page.getByRole("group", { name: "Français" });
  await french.getByLabel("Nom").fill(`Thé fumé ${tag}`);
  await french.getByLabel("Adresse (slug)").fill("Pas Une Adresse");
  const row = page.getByTestId("variant-new");
  await row.getByLabel(/Référence \(SKU\)/).fill("avec espace");
  await row.getByLabel(/^Prix —/).fill("douze euros");
  await page.getByLabel("Statut").selectOption("ACTIVE");
  // The browser would stop an empty required name: this checks the server's own refusal.
  await page
    .getByRole("group", { name: "Anglais" })
    .getByLabel("Nom")
    .evaluate((input: HTMLInputElement) => {
      input.required = false;
    });
  await page.getByRole("button", { name: "Créer le produit" }).click();

  await expect(page.getByTestId("product-errors")).toHaveText("5 champs sont à corriger.");
  await expect(french.getByLabel("Adresse (slug)")).toHaveAttribute("aria-invalid", "true");
  await expect(french).toContainText("minuscules");
  await expect(page.getByRole("group", { name: "Anglais" })).toContainText("Ce champ est obligatoire.");
  await expect(page.getByTestId("variant-row").or(page.getByTestId("variant-new")).first()).toContainText(
    "Une référence (SKU) contient lettres",
  );
  // What was typed is still there, to be corrected.
  await expect(french.getByLabel("Nom")).toHaveValue(`Thé fumé ${tag}`);
  await page.goto(`/products?q=${encodeURIComponent(tag)}`);
  await expect(page.getByTestId("product-count")).toHaveText("0 produit");
});

test("a file that is not a picture is refused by its content, whatever its name", async ({ page }) => {
  const tag = randomUUID().slice(0, 6);
  await logIn(page, await createStaff("MANAGER"));
  await page.goto("/products/new");
  await page.getByRole("group", { name: "Français" }).getByLabel("Nom").fill(`Sirop ${tag}`);
  await page.getByRole("group", { name: "Anglais" }).getByLabel("Nom").fill(`Syrup ${tag}`);
  await page.getByRole("button", { name: "Créer le produit" }).click();
  await expect(page.getByRole("status")).toHaveText("Produit créé. Ajoutez-lui des images ci-dessous.");
  const upload = page.getByTestId("image-upload");
  await upload.getByLabel("Fichier image").setInputFiles({
    name: "photo.png",
    mimeType: "image/png",
    buffer: Buffer.from("<html><script>alert(1)</script></html>"),
  });
  await upload.getByRole("button", { name: "Ajouter l’image" }).click();
  await expect(page.getByTestId("product-images").getByRole("alert")).toHaveText(
    "Ce fichier n’est pas une image JPEG, PNG, WebP, AVIF ou GIF lisible.",
  );
  await expect(page.getByTestId("product-image")).toHaveCount(0);
});

test("support staff read a product but get no form to change it", async ({ page }) => {
  const tag = randomUUID().slice(0, 6);
  const manager = await createStaff("MANAGER");
  await logIn(page, manager);
  await page.goto("/products/new");
  await page.getByRole("group", { name: "Français" }).getByLabel("Nom").fill(`Miel ${tag}`);
  await page.getByRole("group", { name: "Anglais" }).getByLabel("Nom").fill(`Honey ${tag}`);
  await page.getByRole("button", { name: "Créer le produit" }).click();
  await expect(page.getByRole("status")).toBeVisible();
  const productUrl = page.url().replace(/\?.*$/, "");
  await page.context().clearCookies();

  await logIn(page, await createStaff("SUPPORT"));
  await page.goto("/products");
  await expect(page.getByRole("link", { name: "Nouveau produit" })).toHaveCount(0);
  await page.goto(productUrl);
  await expect(page.getByTestId("product-summary")).toContainText(`Miel ${tag}`);
  await expect(page.getByTestId("product-form")).toHaveCount(0);
  expect((await page.goto("/products/new"))?.status()).toBe(403);
});
