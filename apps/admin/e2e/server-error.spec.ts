import { expect, test } from "@playwright/test";
import { startBuiltApp, type RunningApp } from "@comptoir/devkit/servers";

// An admin whose database is unreachable: checking the session cookie fails on the server.
let broken: RunningApp;

test.beforeAll(async () => {
  broken = await startBuiltApp("admin", { DATABASE_URL: "postgresql://comptoir@127.0.0.1:9/unreachable" });
});

test.afterAll(async () => {
  await broken?.stop();
});

test("a server failure shows a localized 500 page and no details", async ({ page, context }) => {
  await context.addCookies([{ name: "comptoir_admin_session", value: "some-session", url: broken.url }]);
  const response = await page.goto(`${broken.url}/products`);
  expect(response?.status()).toBe(500);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Une erreur est survenue");
  expect(await page.content()).not.toMatch(/ECONNREFUSED|127\.0\.0\.1:9|at \S+\.(js|ts):\d+|Prisma/);
});
