import { DEMO_STAFF } from "@comptoir/prisma/demo-staff";
import { expect, test } from "./fixtures";
import { createStaff, logIn, totpCode } from "./staff";

test.describe("admin login", () => {
  test("any admin page sends a visitor to the login page, and back after logging in", async ({ page }) => {
    const staff = await createStaff("MANAGER", { twoFactor: true });
    await page.goto("/products?page=2");
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Fproducts%3Fpage%3D2$/);
    await logIn(page, staff, { from: "here" });
    await expect(page).toHaveURL(/\/products\?page=2$/);
    await expect(page.getByTestId("product-row").first()).toBeVisible();
  });

  test("the demo account (password, then a code of its published secret) sees the product list", async ({
    page,
  }) => {
    await page.goto("/login");
    await page.getByLabel("Adresse e-mail").fill(DEMO_STAFF.email);
    await page.getByLabel("Mot de passe").fill(DEMO_STAFF.password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.getByLabel("Code", { exact: true }).fill(await totpCode(DEMO_STAFF.totpSecret));
    await page.getByRole("button", { name: "Vérifier" }).click();
    // The start page is the dashboard; the product list is one click away.
    await expect(page.getByRole("heading", { name: "Tableau de bord", level: 1 })).toBeVisible();
    await page.getByRole("link", { name: "Produits" }).click();
    await expect(page).toHaveURL(/\/products$/);
    await expect(page.getByRole("heading", { name: "Produits", level: 1 })).toBeVisible();
    await expect(page.getByTestId("product-count")).toHaveText(/^\d+ produits$/);
    expect(await page.getByTestId("product-row").count()).toBe(25);
    await expect(page.getByText(`Connecté en tant que ${DEMO_STAFF.email}`)).toBeVisible();

    // Search narrows the list; the admin speaks English on request.
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { name: "Products", level: 1 })).toBeVisible();
    await page.getByRole("searchbox").fill("zzz-no-such-product");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByText("No product matches.")).toBeVisible();
  });

  test("a wrong password gets a localized message and no session", async ({ page, context }) => {
    await page.goto("/login");
    await page.getByLabel("Adresse e-mail").fill(DEMO_STAFF.email);
    await page.getByLabel("Mot de passe").fill("not the password");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByRole("alert")).toHaveText("Adresse e-mail ou mot de passe incorrect.");
    expect((await context.cookies()).some((cookie) => cookie.name === "comptoir_admin_session")).toBe(false);
  });

  test("the form checks fields in the browser with the server's rules", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Adresse e-mail").fill("pas-une-adresse");
    await page.getByLabel("Mot de passe").fill("x");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByText("Saisissez une adresse e-mail valide.")).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);
  });

  test("logging out ends the session", async ({ page }) => {
    await logIn(page, await createStaff("SUPPORT"));
    await expect(page.getByRole("heading", { name: "Tableau de bord", level: 1 })).toBeVisible();
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page.getByText("Vous êtes déconnecté.")).toBeVisible();
    await page.goto("/products");
    await expect(page).toHaveURL(/\/login/);
  });

  test("an English browser gets the English login page", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: "en-GB", baseURL });
    const page = await context.newPage();
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Log in to the admin");
    await context.close();
  });

  test("unknown admin pages answer 404", async ({ page }) => {
    const response = await page.goto("/nulle-part");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  });
});
