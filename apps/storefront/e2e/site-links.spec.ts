import type { Page } from "@playwright/test";
import { productWithVariants } from "./catalog-helpers";
import { expect, test } from "./fixtures";

declare global {
  interface Window {
    __sameDocument?: boolean;
  }
}

// The shop's links are plain anchors (SiteLink) whose clicks the root layout routes, prefetching the
// page a card or a category is pointed at (apps/storefront/app/lib/delegated-links.ts), as Remix's
// own links do.

/** Marks the document: still true after a navigation only if no new document was loaded. */
async function markDocument(page: Page) {
  await page.waitForFunction(() => "__remixRouter" in window, undefined, { timeout: 15_000 });
  await page.evaluate(() => (window.__sameDocument = true));
}

async function openLiveCategoryPage(page: Page) {
  await page.goto("/fr/categorie/cafe");
  await markDocument(page);
  const card = page.getByTestId("product-card").first();
  const link = card.getByRole("link");
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/fr\/produit\/[a-z0-9-]+$/);
  const name = await card.getByRole("heading").innerText();
  return { link, href: href ?? "", name };
}

test.describe("product cards", () => {
  test("are followed in the browser, their page prefetched while pointed at", async ({ page }) => {
    const { link, href, name } = await openLiveCategoryPage(page);
    const prefetch = page.locator(`link[rel="prefetch"][href*="${href}.data"]`);
    await expect(prefetch).toHaveCount(0);

    await link.hover();
    await expect(prefetch).toHaveCount(1);
    // Pointing elsewhere drops the intent, as Remix's links do.
    await page.getByRole("heading", { level: 1 }).hover();
    await expect(prefetch).toHaveCount(0);

    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  });

  test("are prefetched while focused and followed in the browser from the keyboard", async ({ page }) => {
    const { link, href, name } = await openLiveCategoryPage(page);
    const prefetch = page.locator(`link[rel="prefetch"][href*="${href}.data"]`);
    await link.focus();
    await expect(prefetch).toHaveCount(1);
    await page.getByRole("searchbox").focus();
    await expect(prefetch).toHaveCount(0);
    await link.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  });

  test("opened with a modifier are left to the browser: a new tab, this page unchanged", async ({
    page,
    context,
  }) => {
    const { link, href } = await openLiveCategoryPage(page);
    const opened = context.waitForEvent("page");
    await link.click({ modifiers: ["ControlOrMeta"] });
    const tab = await opened;
    await tab.waitForLoadState();
    expect(new URL(tab.url()).pathname).toBe(href);
    await expect(page).toHaveURL(/\/fr\/categorie\/cafe$/);
    await tab.close();
  });

  test("work without scripts", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto("/fr/categorie/cafe");
    const card = page.getByTestId("product-card").first();
    const href = await card.getByRole("link").getAttribute("href");
    await card.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await context.close();
  });
});

test.describe("the header's and breadcrumbs' links", () => {
  test("are followed in the browser, from page to page", async ({ page }) => {
    await page.goto("/fr/categorie/cafe");
    await markDocument(page);

    // The header's categories are prefetched while pointed at, as the cards are.
    const nav = page.getByRole("navigation", { name: "Rayons" });
    const chocolate = nav.getByRole("link", { name: "Chocolat" });
    const prefetch = page.locator('link[rel="prefetch"][href*="/fr/categorie/chocolat.data"]');
    await chocolate.hover();
    await expect(prefetch).toHaveCount(1);
    await chocolate.click();
    await expect(page).toHaveURL(/\/fr\/categorie\/chocolat$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chocolat");
    await expect(chocolate).toHaveAttribute("aria-current", "page");

    await page
      .getByRole("navigation", { name: "Fil d’Ariane" })
      .getByRole("link", { name: "Accueil" })
      .click();
    await expect(page).toHaveURL(/\/fr$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  });

  test("a variant's link replaces the page in the history and keeps its scroll position", async ({
    page,
  }) => {
    await page.goto(`/fr/produit/${await productWithVariants()}`);
    await markDocument(page);
    const historyLength = await page.evaluate(() => history.length);

    const second = page.getByTestId("variant").nth(1).getByRole("link");
    await page.setViewportSize({ width: 800, height: 500 });
    await second.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(0);
    await second.click();
    await expect(page).toHaveURL(/\?variant=/);
    await expect(second).toHaveAttribute("aria-current", "true");
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  });
});
