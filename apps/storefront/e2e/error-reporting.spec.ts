import { expect, test, type Page } from "@playwright/test";
import { e2eUrl } from "@comptoir/devkit/e2e";
import { startBuiltApp, type RunningApp } from "@comptoir/devkit/servers";
import {
  startSentryReceiver,
  type ReceivedEvent,
  type SentryReceiver,
} from "@comptoir/observability/testing";

// Error reporting end to end: the real SDKs of the production build, on the server and in
// Chromium, sending to a local stand-in for Sentry. The shop of the global setup runs without
// SENTRY_DSN; two more run with it: one whose database is unreachable (its pages fail on the
// server) and a healthy one.
test.describe.configure({ mode: "default" });

const SHOPPER_IP = "203.0.113.7";
const SECRETS = {
  cookie: "session-secret-4f2a",
  email: "jeanne.dupont@example.fr",
  token: "s3cr3t-link-t0ken",
} as const;

let receiver: SentryReceiver;
let broken: RunningApp;
let reporting: RunningApp;

test.beforeAll(async () => {
  receiver = await startSentryReceiver();
  broken = await startBuiltApp("storefront", {
    DATABASE_URL: "postgresql://comptoir@127.0.0.1:9/unreachable",
    SENTRY_DSN: receiver.dsn,
    SENTRY_ENVIRONMENT: "e2e",
  });
  reporting = await startBuiltApp("storefront", {
    DATABASE_URL: process.env.E2E_DATABASE_URL!,
    SENTRY_DSN: receiver.dsn,
    SENTRY_ENVIRONMENT: "e2e",
  });
});

test.afterAll(async () => {
  await broken?.stop();
  await reporting?.stop();
  await receiver?.close();
});

function expectNoSecretIn(text: string) {
  for (const secret of [...Object.values(SECRETS), SHOPPER_IP, "ip_address"])
    expect(text).not.toContain(secret);
}

function isWidgetFailure(event: ReceivedEvent) {
  return String(event.exception?.values?.[0]?.value).startsWith("Widget failed for");
}

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

test("a server failure is reported without the shopper's cookie, email, token or address", async ({
  browser,
}) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": SHOPPER_IP } });
  await context.addCookies([{ name: "comptoir_session", value: SECRETS.cookie, url: broken.url }]);
  const page = await context.newPage();
  const path = `/fr?email=${encodeURIComponent(SECRETS.email)}&token=${SECRETS.token}`;
  expect((await page.goto(`${broken.url}${path}`))?.status()).toBe(500);

  const event = await receiver.waitForEvent(
    (item) => item.platform === "node" && String(item.request?.url).includes("/fr?"),
  );
  expect(event.environment).toBe("e2e");
  expect(event.tags).toMatchObject({ service: "storefront" });
  expect(event.exception?.values?.length).toBeGreaterThan(0);
  expect(event.request?.url).toBe(`${broken.url}/fr?email=[redacted]&token=[redacted]`);
  expect(event.request?.cookies).toBeUndefined();
  expect(Object.keys(event.request?.headers ?? {}).map((name) => name.toLowerCase())).not.toContain("cookie");
  expect(event.user === undefined || Object.keys(event.user).every((key) => key === "id")).toBe(true);
  expectNoSecretIn(receiver.envelopeOf(event)!.text);
  await context.close();
});

test("a page that does not exist is not reported", async ({ request }) => {
  expect((await request.get(`${reporting.url}/fr/produit/aucun-produit-de-ce-nom`)).status()).toBe(404);
  expect((await request.get(`${reporting.url}/en/category/no-such-aisle`)).status()).toBe(404);
  // A real failure afterwards: once its report has arrived, a report of the 404s would have too.
  expect((await request.get(`${broken.url}/en`)).status()).toBe(500);
  await receiver.waitForEvent(
    (item) => item.platform === "node" && String(item.request?.url).endsWith("/en"),
  );
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const fromServers = receiver.events().filter((item) => item.platform === "node");
  expect(
    fromServers.map((item) => String(item.request?.url)).filter((url) => url.startsWith(`${reporting.url}/`)),
  ).toEqual([]);
});

test("an error thrown in the browser is reported, scrubbed", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR" });
  await context.addCookies([{ name: "comptoir_pref", value: SECRETS.cookie, url: reporting.url }]);
  const page = await context.newPage();
  await page.goto(`${reporting.url}/fr?token=${SECRETS.token}`, { waitUntil: "networkidle" });
  // A form value the shopper typed: it must not travel with the report.
  await page.getByRole("searchbox").fill(SECRETS.email);

  const message = `Widget failed for ${SECRETS.email}`;
  // The SDK starts after hydration, from its own chunk: throw until it has caught one.
  await expect
    .poll(
      async () => {
        await page.evaluate((text) => {
          setTimeout(() => {
            throw new Error(text);
          });
        }, message);
        return receiver.events().some(isWidgetFailure);
      },
      { timeout: 15_000, intervals: [500] },
    )
    .toBe(true);

  const event = receiver.events().find(isWidgetFailure)!;
  expect(event.platform).toBe("javascript");
  expect(event.exception?.values?.[0]?.value).toBe("Widget failed for [redacted]");
  expect(event.environment).toBe("e2e");
  expect(event.request?.url).toBe(`${reporting.url}/fr?token=[redacted]`);
  expectNoSecretIn(receiver.envelopeOf(event)!.text);
  await context.close();
});

test("a page that breaks while rendering in the browser shows the error page and is reported", async ({
  page,
}) => {
  await page.goto(`${reporting.url}/fr`, { waitUntil: "networkidle" });
  // A fault of the browser's own: the product data of a client-side navigation arrives without its
  // related products (as from a server of another version), and the product page fails to render.
  await page.route(/\/fr\/produit\/[^/]+\.data/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replaceAll('"related"', '"unrelated"');
    await route.fulfill({ response, body });
  });
  await page.getByTestId("product-card").first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/erreur|problème/i);

  const event = await receiver.waitForEvent(
    (item) =>
      item.platform === "javascript" &&
      String(item.exception?.values?.[0]?.value).includes("reading 'length'"),
  );
  expect(event.exception?.values?.[0]?.type).toBe("TypeError");
  expect(event.exception?.values?.[0]?.mechanism).toMatchObject({ handled: false });
  expect(event.request?.url).toMatch(/\/fr\/produit\//);
});

test("with error reporting on, catalog pages still revalidate with 304", async ({ request }) => {
  const first = await request.get(`${reporting.url}/fr`);
  expect(first.status()).toBe(200);
  const etag = first.headers()["etag"];
  expect(etag).toMatch(/^W\/".+"$/);
  const again = await request.get(`${reporting.url}/fr`, { headers: { "If-None-Match": etag! } });
  expect(again.status()).toBe(304);
});

test("a shop without SENTRY_DSN downloads no Sentry code; one with it does", async ({ browser }) => {
  const page = await browser.newPage();
  const withoutDsn = await scriptsOf(page, `${e2eUrl("storefront")}/fr`);
  expect(withoutDsn.length).toBeGreaterThan(0);
  expect(
    withoutDsn.filter((script) => script.body.includes("__SENTRY__")).map((script) => script.url),
  ).toEqual([]);
  expect(await page.locator('meta[name="comptoir:monitoring"]').count()).toBe(0);
  await page.close();

  // The same page of the shop that reports errors: the SDK's chunk is the difference.
  const reportingPage = await browser.newPage();
  const withDsn = await scriptsOf(reportingPage, `${reporting.url}/fr`);
  expect(withDsn.some((script) => script.body.includes("__SENTRY__"))).toBe(true);
  await reportingPage.close();
});
