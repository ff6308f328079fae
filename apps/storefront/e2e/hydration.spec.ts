import { expect, test } from "./fixtures";

declare global {
  interface Window {
    __typedAtHydration?: boolean;
    __sameDocument?: boolean;
  }
}

/**
 * Types in the search field at the moment React starts hydrating the page: right after it has set
 * up its event listeners on the document (its first step), before it renders anything. A key
 * press is an event React handles at once, hydrating the page synchronously first. On a slow phone
 * a shopper typing as the scripts start is the same.
 */
function typeAsHydrationStarts() {
  const addEventListener = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    ...args: Parameters<EventTarget["addEventListener"]>
  ) {
    addEventListener.apply(this, args);
    if (this === document && args[0] === "keydown" && !window.__typedAtHydration) {
      window.__typedAtHydration = true;
      queueMicrotask(() => {
        const search = document.querySelector<HTMLInputElement>("input[type=search]");
        search?.focus();
        search?.dispatchEvent(new KeyboardEvent("keydown", { key: "c", bubbles: true, cancelable: true }));
      });
    }
  };
}

test("a shopper who uses the page as its scripts start keeps a working page", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.addInitScript(typeAsHydrationStarts);
  await page.goto("/fr");
  const hydrated = await page
    .waitForFunction(() => "__remixRouter" in window, undefined, { timeout: 15_000 })
    .then(
      () => true,
      () => false,
    );
  expect(await page.evaluate(() => window.__typedAtHydration)).toBe(true);
  // React used to give up here ("Root did not complete", error #345) and the page never went live.
  expect(errors).toEqual([]);
  expect(hydrated, "the page went live").toBe(true);
  await expect(page.getByRole("searchbox", { name: "Rechercher un produit" })).toBeFocused();

  // The page is live: a link is followed in the browser, without loading a new document.
  await page.evaluate(() => (window.__sameDocument = true));
  await page.getByRole("navigation", { name: "Rayons" }).getByRole("link", { name: "Café" }).click();
  await expect(page).toHaveURL(/\/fr\/categorie\/cafe$/);
  await expect(page.getByRole("heading", { level: 1, name: "Café" })).toBeVisible();
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  expect(errors).toEqual([]);
});

test("filters and a sort chosen while the page's scripts are still loading apply once they have started", async ({
  page,
}) => {
  // The page's scripts are held back until the shopper has chosen: the form is plain HTML then.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto("/fr/categorie/cafe", { waitUntil: "commit" });
  const sort = page.getByLabel("Trier par");
  await sort.selectOption("price-asc");
  await page.getByLabel(/En stock uniquement/).check();
  expect(await page.evaluate(() => "__remixRouter" in window)).toBe(false);
  await expect(page).not.toHaveURL(/\?/);

  release();
  await expect(page).toHaveURL(/sort=price-asc/);
  await expect(page).toHaveURL(/dispo=1/);
  await expect(sort).toHaveValue("price-asc");
  await expect(page.getByLabel(/En stock uniquement/)).toBeChecked();
  const prices = await page.getByTestId("product-card").locator(".price__current").allInnerTexts();
  const amounts = prices.map((text) => Number.parseFloat(text.replace(/[^\d,]/g, "").replace(",", ".")));
  expect(amounts.length).toBeGreaterThan(1);
  expect([...amounts].sort((a, b) => a - b)).toEqual(amounts);
});

test("a category page, loaded or reached in the browser, submits nothing of its own", async ({ page }) => {
  const dataRequests: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.endsWith(".data")) dataRequests.push(request.url());
  });
  // Loaded already filtered and sorted: the form shows what it was rendered with.
  await page.goto("/fr/categorie/cafe?sort=name&dispo=1");
  await page.waitForFunction(() => "__remixRouter" in window);
  await page.waitForLoadState("networkidle");
  await expect(page.getByLabel("Trier par")).toHaveValue("name");
  await expect(page.getByLabel(/En stock uniquement/)).toBeChecked();
  expect(dataRequests).toEqual([]);

  // Reached through a link: the page's own data, and nothing else.
  await page
    .getByRole("navigation", { name: "Rayons" })
    .getByRole("link", { name: "Thés et infusions" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Thés et infusions" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  // (A link may prefetch the same data as the pointer reaches it: one address, whatever the count.)
  expect(new Set(dataRequests).size).toBe(1);
  expect(dataRequests[0]).not.toMatch(/[?&](sort|dispo|f)=/);
});
