import type { Page, TestInfo } from "@playwright/test";

/** What a test may do with the violations its pages reported. */
export interface CspViolations {
  /** Every violation so far, as "page URL: browser message". */
  readonly seen: string[];
  /** Expected ones (a test that checks the policy blocks something) do not fail the test. */
  allow(pattern: RegExp): void;
}

/**
 * An automatic Playwright fixture for both apps' tests: a page's Content-Security-Policy violation
 * (an inline script without the nonce, a request to an origin the policy does not list...) fails
 * the test that caused it. Chromium reports each violation as a console error; every end-to-end
 * test thus also checks that the policy lets the page work.
 */
export async function failOnCspViolations(
  { page }: { page: Page },
  use: (violations: CspViolations) => Promise<void>,
  testInfo: TestInfo,
): Promise<void> {
  const seen: string[] = [];
  const allowed: RegExp[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
      seen.push(`${page.url()}: ${message.text()}`);
    }
  });
  await use({ seen, allow: (pattern) => allowed.push(pattern) });
  const unexpected = seen.filter((violation) => !allowed.some((pattern) => pattern.test(violation)));
  if (unexpected.length > 0 && testInfo.status === testInfo.expectedStatus) {
    throw new Error(`Content-Security-Policy violations:\n${unexpected.join("\n")}`);
  }
}
