import { expect, test } from "./fixtures";

test.describe("error pages", () => {
  // Paths with a locale answer in it; others (an unknown locale) in the browser's language.
  for (const [path, browserLocale, lang, title] of [
    ["/fr/produit/produit-inexistant", "en-US", "fr", "Page introuvable"],
    ["/en/product/no-such-product", "fr-FR", "en", "Page not found"],
    ["/en/produit/a-french-segment", "fr-FR", "en", "Page not found"],
    ["/fr/nulle-part", "en-US", "fr", "Page introuvable"],
    ["/de/produkt/x", "fr-FR", "fr", "Page introuvable"],
    ["/de/produkt/x", "en-US", "en", "Page not found"],
  ] as const) {
    test(`${path} answers 404 with a localized page (browser in ${browserLocale})`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ locale: browserLocale, baseURL });
      const page = await context.newPage();
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page.locator("body")).not.toContainText(/at .*\.(ts|js):\d+/);
      await context.close();
    });
  }
});
