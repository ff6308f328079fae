import { expect, test } from "./fixtures";

test.describe("language switcher", () => {
  test("on the home page it leads to the other home page", async ({ page }) => {
    await page.goto("/fr");
    await page.getByTestId("switch-to-en").click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.getByRole("heading", { name: "Our favourites" })).toBeVisible();
  });

  test("on a product page it leads to the same product in the other language", async ({ page }) => {
    await page.goto("/fr");
    const firstCard = page.getByTestId("product-card").first();
    const frenchName = await firstCard.getByRole("heading").innerText();
    await firstCard.getByRole("link").click();
    await expect(page).toHaveURL(/\/fr\/produit\//);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(frenchName);
    const frenchUrl = page.url();

    await page.getByTestId("switch-to-en").click();
    await expect(page).toHaveURL(/\/en\/product\/[a-z0-9-]+$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const englishName = await page.getByRole("heading", { level: 1 }).innerText();
    expect(englishName).not.toBe("");
    await expect(page.getByTestId("selected-variant")).toBeVisible();

    // And back again, to the very same French page.
    await page.getByTestId("switch-to-fr").click();
    await expect(page).toHaveURL(frenchUrl);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(frenchName);
  });

  test("pages declare their alternates for search engines", async ({ page }) => {
    await page.goto("/en");
    await page.getByTestId("product-card").first().getByRole("link").click();
    await expect(page).toHaveURL(/\/en\/product\/[a-z0-9-]+$/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", page.url());
    await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute(
      "href",
      /\/fr\/produit\//,
    );
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
  });
});
