import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** WCAG 2.1 levels A and AA, the level shops are held to. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING_IMPACTS = new Set(["serious", "critical"]);

const VIEWPORTS = [
  { name: "desktop", viewport: { width: 1280, height: 800 } },
  { name: "mobile", viewport: { width: 390, height: 844 } },
] as const;

/** Scans the page and fails on any serious or critical violation, listing what to fix and where. */
async function expectNoBlockingViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const blocking = results.violations.filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ""));
  const report = blocking
    .map((violation) =>
      [
        `${violation.id} (${violation.impact}): ${violation.help}`,
        `  ${violation.helpUrl}`,
        ...violation.nodes.map((node) => `  - ${node.target.join(" ")}`),
      ].join("\n"),
    )
    .join("\n");
  expect(report, `${blocking.length} serious or critical accessibility violations on ${page.url()}`).toBe("");
}

/**
 * Opens a page and checks it exists before scanning it (a 404 page would pass for the wrong reason).
 * The scan reads the document, not the pictures: waiting for every image (whose web sizes the first
 * run of a fresh server generates) only made the first scan of a busy run time out.
 */
async function open(page: Page, path: string) {
  const response = await page.goto(path, { waitUntil: "domcontentloaded" });
  expect(response?.status(), path).toBe(200);
}

/** The target of the first link on the current page whose path starts with `prefix`. */
async function firstLink(page: Page, prefix: string): Promise<string> {
  // Hidden links count too: on small screens the navigation may sit in a closed menu.
  const href = await page.locator(`a[href^="${prefix}"]`).first().getAttribute("href", { timeout: 5_000 });
  expect(href, `a link to ${prefix}… on ${page.url()}`).toBeTruthy();
  return href ?? "";
}

for (const { name, viewport } of VIEWPORTS) {
  test.describe(`accessibility (${name}, ${viewport.width}×${viewport.height})`, () => {
    test.use({ viewport });
    // A full WCAG scan takes seconds of CPU on its own.
    test.describe.configure({ timeout: 60_000 });

    test("French home", async ({ page }) => {
      await open(page, "/fr");
      await expectNoBlockingViolations(page);
    });

    test("English home", async ({ page }) => {
      await open(page, "/en");
      await expectNoBlockingViolations(page);
    });

    test("French category page", async ({ page }) => {
      await open(page, "/fr");
      await open(page, await firstLink(page, "/fr/categorie/"));
      await expectNoBlockingViolations(page);
    });

    test("French product page", async ({ page }) => {
      await open(page, "/fr");
      await open(page, await firstLink(page, "/fr/produit/"));
      await expectNoBlockingViolations(page);
    });

    test("French search results", async ({ page }) => {
      await open(page, "/fr/recherche?q=cafe");
      await expectNoBlockingViolations(page);
    });
  });
}
