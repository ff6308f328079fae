import type { Locator } from "@playwright/test";
import { productWithVariants } from "./catalog-helpers";
import { expect, test } from "./fixtures";

/** The width, as its srcset announces it, of the file the browser chose for a picture. */
async function downloadedWidth(picture: Locator): Promise<number> {
  const { currentSrc, srcset } = await picture.evaluate((img: HTMLImageElement) => ({
    currentSrc: img.currentSrc,
    srcset: img.srcset,
  }));
  const chosen = srcset
    .split(",")
    .map((candidate) => candidate.trim().split(" "))
    .find(([url]) => currentSrc.endsWith(url!));
  return Number.parseInt(chosen?.[1] ?? "0", 10);
}

test.describe("browsing the catalog", () => {
  test("home -> category -> filter -> product -> switch language -> the same product in English", async ({
    page,
  }) => {
    await page.goto("/fr");
    const nav = page.getByRole("navigation", { name: "Rayons" });
    await nav.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/fr\/categorie\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const count = page.getByTestId("result-count");
    const before = Number.parseInt((await count.innerText()).replace(/\D/g, ""), 10);
    expect(before).toBeGreaterThan(1);

    // Only products in stock: the count can only shrink, and the URL says why.
    await page.getByLabel(/En stock uniquement/).check();
    await expect(page).toHaveURL(/dispo=1/);
    await expect(count).not.toHaveText(`${before} produits`);
    const after = Number.parseInt((await count.innerText()).replace(/\D/g, ""), 10);
    expect(after).toBeLessThanOrEqual(before);

    const card = page.getByTestId("product-card").first();
    const frenchName = await card.getByRole("heading").innerText();
    await card.getByRole("link").click();
    await expect(page).toHaveURL(/\/fr\/produit\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(frenchName);
    const productId = await page.locator('script[type="application/ld+json"]').first().textContent();
    expect(productId).toContain('"@type":"Product"');

    await page.getByTestId("switch-to-en").click();
    await expect(page).toHaveURL(/\/en\/product\/[a-z0-9-]+$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const englishName = await page.getByRole("heading", { level: 1 }).innerText();
    expect(englishName.length).toBeGreaterThan(0);
    // The same product: the French alternate of this page is where we came from.
    await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute(
      "href",
      new RegExp(`${new URL(page.url()).origin}/fr/produit/`),
    );
  });

  test("product cards download a small copy of each picture, the product page a larger one", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/fr");
    await page.getByRole("navigation", { name: "Rayons" }).getByRole("link").first().click();
    const pictures = page.getByTestId("product-card").locator("img");
    await expect(pictures.first()).toHaveJSProperty("complete", true);
    const first = pictures.first();
    await expect(first).toHaveAttribute("srcset", /200w.*400w.*800w/);
    // Shown 250 to 300 pixels wide on this screen: the 400-pixel copy, not the 800-pixel picture.
    expect(await downloadedWidth(first)).toBe(400);

    await first.click();
    const main = page.locator(".product__image").first();
    await expect(main).toHaveJSProperty("complete", true);
    // Half of the page, about 560 pixels: the full 800-pixel picture.
    expect(await downloadedWidth(main)).toBe(800);
  });

  test("sorting by price orders the products by their price", async ({ page }) => {
    await page.goto("/en");
    await page.getByRole("navigation", { name: "Aisles" }).getByRole("link").first().click();
    await page.getByLabel("Sort by").selectOption("price-asc");
    await expect(page).toHaveURL(/sort=price-asc/);
    const prices = await page.getByTestId("product-card").locator(".price__current").allInnerTexts();
    const amounts = prices.map((text) => Number.parseFloat(text.replace(/[^\d.]/g, "")));
    expect(amounts.length).toBeGreaterThan(1);
    expect([...amounts].sort((a, b) => a - b)).toEqual(amounts);
  });

  test("choosing a variant changes the price shown, with or without JavaScript", async ({
    browser,
    baseURL,
  }) => {
    const slug = await productWithVariants();
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ baseURL, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`/fr/produit/${slug}`);
      const variants = page.getByTestId("variant");
      expect(await variants.count()).toBeGreaterThan(1);
      const second = variants.nth(1);
      const secondPrice = await second.locator(".price__current").innerText();
      await second.getByRole("link").click();
      await expect(page).toHaveURL(/\?variant=/);
      await expect(page.getByTestId("selected-variant").locator(".price__current")).toHaveText(secondPrice);
      await expect(second.getByRole("link")).toHaveAttribute("aria-current", "true");
      await context.close();
    }
  });

  test("search finds products without accents and pages stay out of the index", async ({ page }) => {
    await page.goto("/fr");
    await page.getByRole("searchbox", { name: "Rechercher un produit" }).fill("cafe");
    await page.getByRole("searchbox", { name: "Rechercher un produit" }).press("Enter");
    await expect(page).toHaveURL(/\/fr\/recherche\?q=cafe/);
    await expect(page.getByTestId("result-count")).toHaveText(/\d+ résultats? pour « cafe »/);
    expect(await page.getByTestId("product-card").count()).toBeGreaterThan(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, follow");

    await page.goto("/en/search?q=zzzz-nothing");
    await expect(page.getByText("No product matches “zzzz-nothing”.", { exact: false })).toBeVisible();
  });
});
