// Cross-site request forgery: the admin's login form posted from another site is refused before the
// app runs (see packages/server/src/same-origin.js), while the admin's own page still logs in.
import { DEMO_STAFF } from "@comptoir/prisma/demo-staff";
import { expect, test } from "./fixtures";
import { createStaff, logIn } from "./staff";

const SESSION_COOKIE = "comptoir_admin_session";
const credentials = { email: DEMO_STAFF.email, password: DEMO_STAFF.password };

test.describe("cross-site requests", () => {
  test("the login form posted with another site's Origin is refused, and no session starts", async ({
    playwright,
    baseURL,
  }) => {
    const request = await playwright.request.newContext({ baseURL });
    const forged: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "null" },
      { referer: "https://evil.example/phish" },
      { "sec-fetch-site": "cross-site" },
    ];
    for (const headers of forged) {
      const response = await request.post("/login", { form: credentials, headers, maxRedirects: 0 });
      expect(response.status(), JSON.stringify(headers)).toBe(403);
      expect(response.headers()["set-cookie"]).toBeUndefined();
      expect(await response.text()).toContain("<h1>Demande refusée</h1>");
    }
    expect((await request.storageState()).cookies).toEqual([]);

    // The same post from the admin's own origin logs in.
    const own = await request.post("/login", {
      form: credentials,
      headers: { origin: new URL(baseURL!).origin },
      maxRedirects: 0,
    });
    expect(own.status()).toBe(302);
    expect(own.headers()["set-cookie"]).toContain(`${SESSION_COOKIE}=`);
    await request.dispose();
  });

  test("a page on another site cannot log a browser out, nor in", async ({ page, context, baseURL }) => {
    // Log in through the admin's own page first (password and code).
    await logIn(page, await createStaff("OWNER"));
    await expect(page.getByRole("heading", { name: "Tableau de bord", level: 1 })).toBeVisible();
    const session = (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE)?.value;
    expect(session).toBeTruthy();

    // A foreign page auto-submitting a form to the admin's logout: the browser itself sends it.
    await page.route("https://evil.example/**", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html lang="en"><body>
          <form method="post" action="${baseURL}/logout"><button>Win a prize</button></form>
        </body></html>`,
      }),
    );
    await page.goto("https://evil.example/");
    const [response] = await Promise.all([
      page.waitForResponse(`${baseURL}/logout`),
      page.getByRole("button", { name: "Win a prize" }).click(),
    ]);
    expect(response.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demande refusée");

    // Still logged in, with the same session.
    await page.goto("/products");
    await expect(page).toHaveURL(/\/products$/);
    expect((await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE)?.value).toBe(session);
  });
});
