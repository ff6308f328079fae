// What the account tests arrange and read beside the browser: customers in the stack's database,
// and the one-time links the worker emails through the dev mailbox.
import { createTestUser } from "@comptoir/auth/testing";
import { expect, type Page } from "@playwright/test";
import { withDb } from "./checkout-helpers";

/** Strong enough for the password policy (length, and not a common or guessable password). */
export const STRONG_PASSWORD = "velvet-orchard-lantern-91";

/** A unique address per test, so that tests running side by side never read each other's emails. */
export function uniqueEmail(label: string): string {
  return `${label}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.com`;
}

/** A customer who confirmed their address and can log in with `password`. */
export async function createCustomer(options: { email?: string; password?: string; name?: string } = {}) {
  const email = options.email ?? uniqueEmail("customer");
  const password = options.password ?? STRONG_PASSWORD;
  await withDb((db) => createTestUser(db, { email, password, name: options.name ?? "Camille Martin" }));
  return { email, password };
}

interface MailboxMessage {
  to: string[];
  subject: string;
  text: string;
  html: string | null;
}

/**
 * The newest email to `to` whose subject matches, waiting up to `timeoutMs` for the worker to send
 * it (the page answers before the email leaves: it is a queued job).
 */
export async function emailTo(to: string, subject: RegExp, timeoutMs = 20_000): Promise<MailboxMessage> {
  const url = `${process.env.E2E_MAILBOX_URL}/api/messages?to=${encodeURIComponent(to)}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const messages = (await (await fetch(url)).json()) as MailboxMessage[];
    // Newest first.
    const found = messages.find((message) => subject.test(message.subject));
    if (found) return found;
    if (Date.now() > deadline) {
      throw new Error(`No email "${subject}" to ${to}; got: ${messages.map((m) => m.subject).join(", ")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * The path and query of the link in an email that opens `pagePath` (e.g. "/fr/compte/verifier-email"),
 * read from its plain-text version, and checked to be the same in its HTML version.
 */
export function linkIn(message: MailboxMessage, pagePath: string): string {
  const escaped = pagePath.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const match = new RegExp(`https?://[^\\s"<>]+${escaped}\\?token=[A-Za-z0-9_-]+`).exec(message.text);
  expect(match, `a link to ${pagePath} in "${message.subject}"`).not.toBeNull();
  const url = new URL(match![0]);
  expect(message.html ?? "").toContain(url.search.slice(1));
  return `${url.pathname}${url.search}`;
}

/** Logs in through the login page's password form. */
export async function logInWithPassword(
  page: Page,
  labels: { email: string; password: string; submit: string },
  credentials: { email: string; password: string },
) {
  const form = page.getByTestId("login-form");
  await form.getByLabel(labels.email).fill(credentials.email);
  await form.getByLabel(labels.password, { exact: true }).fill(credentials.password);
  await form.getByRole("button", { name: labels.submit }).click();
}
