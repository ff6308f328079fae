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

test("a sort chosen while the page's scripts are still loading applies once they have started", async ({
  page,
}) => {
  // The page's scripts are held back until the shopper has chosen: the list is plain HTML then.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto("/fr/categorie/cafe", { waitUntil: "commit" });
  const sort = page.getByLabel("Trier par");
  await sort.selectOption("price-asc");
  expect(await page.evaluate(() => "__remixRouter" in window)).toBe(false);
  await expect(page).not.toHaveURL(/sort=/);

  release();
  await expect(page).toHaveURL(/sort=price-asc/);
  await expect(sort).toHaveValue("price-asc");
  const prices = await page.getByTestId("product-card").locator(".price__current").allInnerTexts();
  const amounts = prices.map((text) => Number.parseFloat(text.replace(/[^\d,]/g, "").replace(",", ".")));
  expect(amounts.length).toBeGreaterThan(1);
  expect([...amounts].sort((a, b) => a - b)).toEqual(amounts);
});
