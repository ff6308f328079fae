import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "@comptoir/devkit/browser";

export default defineConfig({
  testDir: "e2e",
  // Starts a seeded database and the production build of the storefront (see @comptoir/devkit/e2e).
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    browserName: "chromium",
    launchOptions: chromiumLaunchOptions(),
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
});
