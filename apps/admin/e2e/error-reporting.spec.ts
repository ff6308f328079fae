import { expect, test, type Page } from "@playwright/test";
import { e2eUrl } from "@comptoir/devkit/e2e";
import { startBuiltApp, type RunningApp } from "@comptoir/devkit/servers";
import {
  startSentryReceiver,
  type ReceivedEvent,
  type SentryReceiver,
} from "@comptoir/observability/testing";

// Error reporting end to end: the real SDKs of the production build, on the server and in
// Chromium, sending to a local stand-in for Sentry. The admin of the global setup runs without
// SENTRY_DSN; two more run with it: one whose database is unreachable and a healthy one.
test.describe.configure({ mode: "default" });

const STAFF_IP = "198.51.100.23";
const SECRETS = {
  session: "admin-session-9c1e",
  email: "camille.martin@example.fr",
  password: "correct horse battery",
} as const;

let receiver: SentryReceiver;
let broken: RunningApp;
let reporting: RunningApp;

test.beforeAll(async () => {
  receiver = await startSentryReceiver();
  broken = await startBuiltApp("admin", {
    DATABASE_URL: "postgresql://comptoir@127.0.0.1:9/unreachable",
    SENTRY_DSN: receiver.dsn,
  });
  reporting = await startBuiltApp("admin", {
    DATABASE_URL: process.env.E2E_DATABASE_URL!,
    SENTRY_DSN: receiver.dsn,
  });
});

test.afterAll(async () => {
  await broken?.stop();
  await reporting?.stop();
  await receiver?.close();
});

function expectNoSecretIn(text: string) {
  for (const secret of [...Object.values(SECRETS), STAFF_IP, "ip_address"])
    expect(text).not.toContain(secret);
}

const fromServer = (path: string) => (event: ReceivedEvent) =>
  event.platform === "node" && String(event.request?.url).endsWith(path);

/** The scripts a page downloads, bodies included, until the network is idle. */
async function scriptsOf(page: Page, url: string) {
  const scripts: Promise<{ url: string; body: string }>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") {
      scripts.push(response.text().then((body) => ({ url: response.url(), body })));
    }
  });
  await page.goto(url, { waitUntil: "networkidle" });
  return Promise.all(scripts);
}

test("a server failure is reported without the staff member's session cookie or address", async ({
  browser,
}) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": STAFF_IP } });
  await context.addCookies([{ name: "comptoir_admin_session", value: SECRETS.session, url: broken.url }]);
  const page = await context.newPage();
  expect((await page.goto(`${broken.url}/products?q=${encodeURIComponent(SECRETS.email)}`))?.status()).toBe(
    500,
  );

  const event = await receiver.waitForEvent(fromServer(`/products?q=[redacted]`));
  expect(event.tags).toMatchObject({ service: "admin" });
  expect(event.exception?.values?.length).toBeGreaterThan(0);
  expect(event.request?.cookies).toBeUndefined();
  expect(Object.keys(event.request?.headers ?? {}).map((name) => name.toLowerCase())).not.toContain("cookie");
  expect(event.user === undefined || Object.keys(event.user).every((key) => key === "id")).toBe(true);
  expectNoSecretIn(receiver.envelopeOf(event)!.text);
  await context.close();
});

test("a page that does not exist is not reported", async ({ request }) => {
  expect((await request.get(`${broken.url}/no-such-page`)).status()).toBe(404);
  // A real failure of the same server afterwards: once its report has arrived, a report of the
  // 404 would have too.
  const failing = await request.get(`${broken.url}/products?page=3`, {
    headers: { cookie: `comptoir_admin_session=${SECRETS.session}` },
  });
  expect(failing.status()).toBe(500);
  await receiver.waitForEvent(fromServer("/products?page=3"));
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(receiver.events().filter(fromServer("/no-such-page"))).toEqual([]);
});

test("an error thrown in the browser is reported without the form's values", async ({ page }) => {
  await page.goto(`${reporting.url}/login`, { waitUntil: "networkidle" });
  await page.getByLabel("Adresse e-mail").fill(SECRETS.email);
  await page.getByLabel("Mot de passe").fill(SECRETS.password);

  const isPanelFailure = (event: ReceivedEvent) =>
    String(event.exception?.values?.[0]?.value).startsWith("Panel failed for");
  // The SDK starts after hydration, from its own chunk: throw until it has caught one.
  await expect
    .poll(
      async () => {
        await page.evaluate((text) => {
          setTimeout(() => {
            throw new Error(text);
          });
        }, `Panel failed for ${SECRETS.email}`);
        return receiver.events().some(isPanelFailure);
      },
      { timeout: 15_000, intervals: [500] },
    )
    .toBe(true);

  const event = receiver.events().find(isPanelFailure)!;
  expect(event.platform).toBe("javascript");
  expect(event.exception?.values?.[0]?.value).toBe("Panel failed for [redacted]");
  expect(event.request?.url).toBe(`${reporting.url}/login`);
  expectNoSecretIn(receiver.envelopeOf(event)!.text);
});

test("an admin without SENTRY_DSN downloads no Sentry code; one with it does", async ({ browser }) => {
  const page = await browser.newPage();
  const withoutDsn = await scriptsOf(page, `${e2eUrl("admin")}/login`);
  expect(withoutDsn.length).toBeGreaterThan(0);
  expect(
    withoutDsn.filter((script) => script.body.includes("__SENTRY__")).map((script) => script.url),
  ).toEqual([]);
  expect(await page.locator('meta[name="comptoir:monitoring"]').count()).toBe(0);
  await page.close();

  // With a DSN the SDK's chunk is fetched once the page is live, which a busy machine may reach
  // after the network first went quiet: wait for it rather than for quiet.
  const reportingPage = await browser.newPage();
  const sentryChunk = reportingPage.waitForResponse(
    async (response) =>
      response.request().resourceType() === "script" && (await response.text()).includes("__SENTRY__"),
    { timeout: 15_000 },
  );
  await reportingPage.goto(`${reporting.url}/login`);
  expect((await sentryChunk).ok()).toBe(true);
  await reportingPage.close();
});
