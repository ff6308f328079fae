import { defineConfig, type PlaywrightTestConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "../browser/find-chromium";

/**
 * The Playwright configuration of an app's end-to-end tests: Chromium found on the machine, the
 * app's production build started on a seeded database by `e2e/global-setup.ts`.
 */
export function e2eConfig(options: { locale?: string } = {}): PlaywrightTestConfig {
  return defineConfig({
    testDir: "e2e",
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
      locale: options.locale,
      trace: "retain-on-failure",
      screenshot: "only-on-failure",
    },
  });
}
