import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { e2eUrl } from "@comptoir/devkit/e2e";
import { expect, test } from "./fixtures";
import { ENHANCED_FIELD } from "../app/lib/cart-action-data";
import { createCustomer, createPaidOrder, expectLoggedOut, logIn, sessionsOf } from "./account-area-helpers";
import { productWithTwoVariants } from "./checkout-helpers";

test.describe("the account area, end to end", () => {
  test("profile, addresses, order history, devices, data download and deleting the account", async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000);
    const customer = await createCustomer("Léa Dubois");
    const order = await createPaidOrder(customer);

    // A visitor is sent to the login page, and comes back after logging in.
    await page.goto("/fr/compte");
    await expect(page).toHaveURL(/\/fr\/connexion\?redirectTo=%2Ffr%2Fcompte$/);
    await logIn(page, customer.email);
    await expect(page).toHaveURL(/\/fr\/compte$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bonjour Léa Dubois");
    await expect(page.getByTestId("account-order-row")).toHaveCount(1);

    // Profile.
    const nav = page.getByRole("navigation", { name: "Rubriques du compte" });
    await nav.getByRole("link", { name: "Profil" }).click();
    const profile = page.getByTestId("profile-form");
    await profile.getByLabel("Nom").fill("Léa Martin");
    await profile.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByTestId("account-notice")).toHaveText("Votre profil a été enregistré.");
    await expect(page).toHaveURL(/\/fr\/compte\/profil\?done=profile$/);
    await expect(profile.getByLabel("Nom")).toHaveValue("Léa Martin");

    // Two addresses; the second becomes the default delivery address.
    await nav.getByRole("link", { name: "Adresses" }).click();
    let form = page.getByTestId("address-form");
    await form.getByLabel("Nom complet").fill("Léa Martin");
    await form.getByLabel("Adresse", { exact: true }).fill("8 rue Mercière");
    await form.getByLabel("Code postal").fill("69002");
    await form.getByLabel("Ville").fill("Lyon");
    await form.getByLabel("Utiliser par défaut pour la livraison").check();
    await form.getByRole("button", { name: "Enregistrer l’adresse" }).click();
    await expect(page.getByTestId("account-notice")).toHaveText("L’adresse a été enregistrée.");
    const cards = page.getByTestId("account-address");
    await expect(cards).toHaveCount(1);
    await expect(cards.first().getByTestId("default-shipping")).toBeVisible();

    await page.getByRole("link", { name: "Ajouter une adresse" }).click();
    form = page.getByTestId("address-form");
    await form.getByLabel("Nom complet").fill("Sam Tremblay");
    await form.getByLabel("Adresse", { exact: true }).fill("1200 rue Sainte-Catherine");
    await form.getByLabel("Pays").selectOption("CA");
    await form.getByLabel("Province ou territoire").selectOption("QC");
    await form.getByLabel("Code postal").fill("h3b 1k9");
    await form.getByLabel("Ville").fill("Montréal");
    await form.getByRole("button", { name: "Enregistrer l’adresse" }).click();
    await expect(cards).toHaveCount(2);
    await page
      .getByRole("button", { name: "Utiliser l’adresse de Sam Tremblay par défaut pour la livraison" })
      .click();
    await expect(page.getByTestId("account-notice")).toHaveText("Votre adresse par défaut a été changée.");
    const montreal = cards.filter({ hasText: "Sam Tremblay" });
    await expect(montreal.getByTestId("default-shipping")).toBeVisible();
    await expect(montreal).toContainText("H3B 1K9");
    await expect(cards.filter({ hasText: "Léa Martin" }).getByTestId("default-shipping")).toHaveCount(0);

    // The order in the history, and its page with the timeline.
    await nav.getByRole("link", { name: "Commandes" }).click();
    const row = page.getByTestId("account-order-row");
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId("order-status")).toHaveText("Payée");
    await row.getByRole("link", { name: `Détails de la commande n° ${order.number}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Commande n° ${order.number}`);
    const steps = page.getByTestId("order-timeline-step");
    await expect(steps).toHaveCount(2);
    await expect(steps.nth(0)).toContainText("Commande passée");
    await expect(steps.nth(1)).toContainText("Paiement reçu");
    await expect(page.getByTestId("order-totals")).toBeVisible();

    // Another device logs in; this one logs it out.
    const otherContext = await browser.newContext({ baseURL: e2eUrl("storefront") });
    const other = await otherContext.newPage();
    await other.goto("/fr/connexion");
    await logIn(other, customer.email);
    await expect(other).toHaveURL(/\/fr\/compte$/);
    expect(await sessionsOf(customer.id)).toBe(2);

    await nav.getByRole("link", { name: "Appareils" }).click();
    const sessions = page.getByTestId("account-session");
    await expect(sessions).toHaveCount(2);
    await expect(sessions.first()).toContainText("Cet appareil");
    await sessions
      .nth(1)
      .getByRole("button", { name: /^Déconnecter / })
      .click();
    await expect(page.getByTestId("account-notice")).toHaveText("Cet appareil a été déconnecté.");
    await expect(sessions).toHaveCount(1);
    await expectLoggedOut(other);
    await otherContext.close();

    // The data download.
    await nav.getByRole("link", { name: "Confidentialité" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("data-export").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^comptoir-data-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readFile((await download.path())!, "utf8")) as {
      profile: { email: string; name: string };
      addresses: unknown[];
      orders: { number: number }[];
    };
    expect(exported.profile).toMatchObject({ email: customer.email, name: "Léa Martin" });
    expect(exported.addresses).toHaveLength(2);
    expect(exported.orders.map((exportedOrder) => exportedOrder.number)).toEqual([order.number]);

    // Deleting the account: the address typed again and the password.
    const deletion = page.getByTestId("delete-account-form");
    await deletion.getByLabel("Saisissez votre adresse e-mail pour confirmer").fill(customer.email);
    await deletion.getByLabel("Mot de passe").fill(customer.password!);
    await deletion.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
    await expect(page).toHaveURL(/\/fr\?account=deleted$/);
    await expect(page.getByTestId("account-deleted")).toContainText("Votre compte a été supprimé.");
    expect(await sessionsOf(customer.id)).toBe(0);

    // The account is gone: the same email and password no longer log in.
    await page.goto("/fr/connexion");
    await logIn(page, customer.email);
    await expect(page.getByText("Adresse e-mail ou mot de passe incorrect.")).toBeVisible();
    await expectLoggedOut(page);
  });

  test("a form refused by the server says why beside the field, without JavaScript too", async ({
    browser,
  }) => {
    const customer = await createCustomer("Sam Taylor");
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: e2eUrl("storefront") });
    const page = await context.newPage();
    await page.goto("/fr/compte/mot-de-passe");
    await logIn(page, customer.email);
    await expect(page).toHaveURL(/\/fr\/compte\/mot-de-passe$/);
    const form = page.getByTestId("password-form");
    await form.getByLabel("Mot de passe actuel").fill("not-my-password");
    await form.getByLabel("Nouveau mot de passe").fill("amber-quarry-whistle-58");
    await form.getByRole("button", { name: "Changer mon mot de passe" }).click();
    await expect(form.getByText("Votre mot de passe actuel n’est pas correct.")).toBeVisible();

    await form.getByLabel("Mot de passe actuel").fill(customer.password!);
    await form.getByLabel("Nouveau mot de passe").fill("amber-quarry-whistle-58");
    await form.getByRole("button", { name: "Changer mon mot de passe" }).click();
    await expect(page.getByTestId("password-changed")).toContainText("Votre mot de passe a été changé.");
    await context.close();
  });
});

test("the account area's texts come with it: a shop page has none, a client-side visit shows them", async ({
  page: loginPage,
}) => {
  const customer = await createCustomer("Noé Petit");
  await loginPage.goto("/fr/connexion");
  await logIn(loginPage, customer.email);
  await expect(loginPage.getByRole("heading", { level: 1 })).toHaveText("Bonjour Noé Petit");
  // A page of its own (same session), so that only the product page's scripts are counted.
  const page = await loginPage.context().newPage();
  const product = await productWithTwoVariants();
  const scripts: string[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response.url());
  });
  await page.goto(`/fr/produit/${product.fr}`);
  // Hydrated: the cart form marks itself as sent by a fetcher.
  await expect(page.locator(`input[name="${ENHANCED_FIELD}"]`).first()).toBeAttached();
  expect(scripts.length).toBeGreaterThan(5);
  const bodies = await Promise.all(
    scripts.map((url) => page.request.get(url).then((response) => response.text())),
  );
  // A text only the account area uses is in none of the scripts the product page loaded.
  expect(bodies.some((body) => body.includes("Rubriques du compte"))).toBe(false);

  // No document is loaded on the way: the page's state survives the navigation.
  await page.evaluate(() => {
    (window as unknown as { stillHere: boolean }).stillHere = true;
  });
  await page.getByTestId("account-link").click();
  await expect(page).toHaveURL(/\/fr\/compte$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bonjour Noé Petit");
  await expect(page.getByRole("navigation", { name: "Rubriques du compte" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
});

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`every account page passes an accessibility scan at ${viewport.width}px`, async ({ browser }) => {
    // Nine full WCAG scans in a row, each a few seconds of the browser's time: about a minute on
    // a two-core machine, more when it is busy.
    test.setTimeout(150_000);
    // Far from the shop's time zone: dates are written in the browser's once the page is live, and
    // that must not break hydration (React reports a mismatch as an error).
    const context = await browser.newContext({
      baseURL: e2eUrl("storefront"),
      viewport,
      timezoneId: "America/Toronto",
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    const customer = await createCustomer("Camille Martin");
    const order = await createPaidOrder(customer);
    await page.goto("/fr/compte/adresses");
    await logIn(page, customer.email);
    await expect(page.getByTestId("address-form")).toBeVisible();
    for (const path of [
      "/fr/compte?welcome=1",
      "/fr/compte/profil",
      "/fr/compte/mot-de-passe",
      "/fr/compte/adresses",
      "/fr/compte/commandes",
      `/fr/compte/commandes/${order.number}`,
      "/fr/compte/appareils",
      "/fr/compte/confidentialite",
      "/en/account",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(response?.headers()["cache-control"], path).toBe("private, no-store");
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const blocking = results.violations
        .filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""))
        .map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
        );
      expect(blocking, path).toEqual([]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
}
