// Playwright global setup shared by the apps: starts the test stack and hands its URLs to the
// workers through environment variables (workers start after this and inherit them).
import type { FullConfig } from "@playwright/test";
import { startTestStack } from "../servers/test-stack";
import type { AppName } from "../servers/start-built-app";

export function e2eGlobalSetup(apps: AppName[], options: { commerce?: boolean } = {}) {
  return async function globalSetup(_config: FullConfig) {
    const stack = await startTestStack({ apps, label: "e2e", commerce: options.commerce });
    for (const [name, app] of Object.entries(stack.apps)) {
      process.env[`E2E_${name.toUpperCase()}_URL`] = app.url;
    }
    // For tests that arrange data the user interface cannot set up yet (e.g. renaming a product).
    process.env.E2E_DATABASE_URL = stack.databaseUrl;
    if (stack.commerce) {
      // Where the tests read the emails the shop sent, and the payment emulator's address.
      process.env.E2E_MAILBOX_URL = stack.commerce.mailboxUrl;
      process.env.E2E_STRIPE_EMULATOR_URL = stack.commerce.emulatorUrl;
    }
    return async () => {
      await stack.stop();
    };
  };
}

/** The URL of an app started by the global setup, read inside a test worker. */
export function e2eUrl(app: AppName): string {
  const url = process.env[`E2E_${app.toUpperCase()}_URL`];
  if (!url)
    throw new Error(`E2E_${app.toUpperCase()}_URL is not set: the global setup did not start the ${app}.`);
  return url;
}
