import { expect, test } from "./fixtures";

test.describe("home page", () => {
  test("French home lists the featured products with French names and euro prices", async ({ page }) => {
    await page.goto("/fr");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page).toHaveTitle(/épicerie fine/);
    const cards = page.getByTestId("product-card");
    await expect(cards.first()).toBeVisible();
    expect(await cards.count()).toBeGreaterThanOrEqual(6);
    // French number formatting: a decimal comma before the euro sign.
    await expect(cards.first()).toContainText(/\d+,\d{2}\s?€/);
    await expect(page.getByRole("heading", { name: "Nos coups de cœur" })).toBeVisible();
  });

  test("English home lists the same products in English with English prices", async ({ page }) => {
    await page.goto("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { name: "Our favourites" })).toBeVisible();
    const cards = page.getByTestId("product-card");
    expect(await cards.count()).toBeGreaterThanOrEqual(6);
    await expect(cards.first()).toContainText(/€\d+\.\d{2}/);
  });

  test("the same product has a different name and slug in each language", async ({ page }) => {
    await page.goto("/fr");
    const frenchHref = await page.getByTestId("product-card").first().getByRole("link").getAttribute("href");
    await page.goto("/en");
    const englishHref = await page.getByTestId("product-card").first().getByRole("link").getAttribute("href");
    expect(frenchHref).toMatch(/^\/fr\/produit\/[a-z0-9-]+$/);
    expect(englishHref).toMatch(/^\/en\/product\/[a-z0-9-]+$/);
  });

  test("/ sends visitors to their browser's language, and remembers the language they choose", async ({
    browser,
    baseURL,
  }) => {
    const english = await browser.newContext({ locale: "en-US", baseURL });
    const page = await english.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
    // Choosing French with the switcher makes it the remembered choice, whatever Accept-Language says.
    // The link's click handler remembers it: wait until the page is hydrated (Remix's router exists
    // from the first hydrating render on; a click before would only follow the link).
    await page.waitForFunction(() => "__remixRouter" in window);
    await page.getByTestId("switch-to-fr").click();
    await expect(page).toHaveURL(/\/fr$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/fr$/);
    await english.close();

    const other = await browser.newContext({ locale: "de-DE", baseURL });
    const germanPage = await other.newPage();
    await germanPage.goto("/");
    await expect(germanPage).toHaveURL(/\/fr$/); // unsupported language: French by default
    await other.close();
  });
});
