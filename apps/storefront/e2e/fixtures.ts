import { test as base } from "@playwright/test";
import { e2eUrl } from "@comptoir/devkit/e2e";

export { expect } from "@playwright/test";

/** Tests against the storefront started by the global setup. */
export const test = base.extend({
  baseURL: async ({}, use) => {
    await use(e2eUrl("storefront"));
  },
});
