import { expect, test } from "@playwright/test";
import { startBuiltApp, type RunningApp } from "@comptoir/devkit/servers";

// A storefront whose database is unreachable: every page that needs data fails on the server.
let broken: RunningApp;

test.beforeAll(async () => {
  broken = await startBuiltApp("storefront", {
    DATABASE_URL: "postgresql://comptoir@127.0.0.1:9/unreachable",
  });
});

test.afterAll(async () => {
  await broken?.stop();
});

for (const [locale, path, title] of [
  ["fr-FR", "/fr", "Une erreur est survenue"],
  ["en-US", "/en", "Something went wrong"],
] as const) {
  test(`a server failure on ${path} shows a localized 500 page and no details`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const response = await page.goto(`${broken.url}${path}`);
    expect(response?.status()).toBe(500);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const html = await page.content();
    expect(html).not.toMatch(/ECONNREFUSED|127\.0\.0\.1:9|at \S+\.(js|ts):\d+|Prisma/);
    await context.close();
  });
}
