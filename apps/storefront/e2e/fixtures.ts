import { test as base } from "@playwright/test";
import { e2eUrl, failOnCspViolations, type CspViolations } from "@comptoir/devkit/e2e";

export { expect } from "@playwright/test";

/**
 * Tests against the storefront started by the global setup. Any Content-Security-Policy violation on a
 * page fails the test.
 */
export const test = base.extend<{ cspViolations: CspViolations }>({
  baseURL: async ({}, use) => {
    await use(e2eUrl("storefront"));
  },
  cspViolations: [failOnCspViolations, { auto: true }],
});
