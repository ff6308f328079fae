import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "@comptoir/devkit/browser";

export default defineConfig({
  testDir: "e2e",
  // Starts a seeded database and the production build of the admin (see @comptoir/devkit/e2e).
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
    // The shop's team works in French unless the browser asks otherwise (a test checks English).
    locale: "fr-FR",
    launchOptions: chromiumLaunchOptions(),
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
});
