// Admin login in two steps (password, then a TOTP code computed here with otplib, as the staff
// member's phone would), enrolment of an owner who has no authenticator yet, and role changes
// behind a fresh proof of identity.
import { generate } from "otplib";
import { expect, test } from "./fixtures";
import { createStaff, logIn, totpCode } from "./staff";

test.describe("two-factor login", () => {
  test("a manager logs in with password and code and reaches the admin; a wrong code is refused", async ({
    page,
    context,
  }) => {
    const staff = await createStaff("MANAGER", { twoFactor: true });
    await page.goto("/login");
    await page.getByLabel("Adresse e-mail").fill(staff.email);
    await page.getByLabel("Mot de passe").fill(staff.password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page).toHaveURL(/\/login\/code$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Code de vérification");

    // The password alone opens nothing.
    await page.goto("/products");
    await expect(page).toHaveURL(/\/login\/code\?redirectTo=%2Fproducts$/);

    const right = await totpCode(staff.totpSecret!);
    await page.getByLabel("Code", { exact: true }).fill(right === "000000" ? "111111" : "000000");
    await page.getByRole("button", { name: "Vérifier" }).click();
    await expect(page.getByRole("alert")).toHaveText(/Ce code n’est pas valide ou a déjà servi/);
    await expect(page).toHaveURL(/\/login\/code/);

    await page.getByLabel("Code", { exact: true }).fill(right);
    await page.getByRole("button", { name: "Vérifier" }).click();
    await expect(page).toHaveURL(/\/products$/);
    await expect(page.getByRole("heading", { name: "Produits", level: 1 })).toBeVisible();
    await expect(page.getByText(`Connecté en tant que ${staff.email}`)).toBeVisible();
    // Managers do not manage staff: no link, and the page answers 403.
    await expect(page.getByRole("link", { name: "Équipe" })).toHaveCount(0);
    expect((await page.goto("/staff"))?.status()).toBe(403);
    expect((await context.cookies()).some((cookie) => cookie.name === "comptoir_admin_session")).toBe(true);
  });

  test("an owner without an authenticator enrols first, gets recovery codes, then reaches the admin", async ({
    page,
  }) => {
    const owner = await createStaff("OWNER", { twoFactor: false });
    await logIn(page, owner);
    await expect(page).toHaveURL(/\/two-factor\/setup$/);
    await expect(page.getByText("Votre rôle (Propriétaire) exige une double authentification")).toBeVisible();
    await expect(page.locator(".totp-qr svg")).toBeVisible();
    // Nothing else opens before enrolment.
    await page.goto("/staff");
    await expect(page).toHaveURL(/\/two-factor\/setup\?redirectTo=%2Fstaff$/);

    // What the phone reads from the QR code, typed by hand here.
    const secret = (await page.getByTestId("totp-secret").textContent())!;
    await page
      .getByLabel("2. Saisissez le code à 6 chiffres qu’elle affiche.")
      .fill(await generate({ secret }));
    await page.getByRole("button", { name: "Activer" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vos codes de secours");
    await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
    await page.getByRole("link", { name: "J’ai noté mes codes, continuer" }).click();
    await expect(page).toHaveURL(/\/staff$/);
    await expect(page.getByRole("heading", { name: "Équipe", level: 1 })).toBeVisible();
  });

  test("an admin changes a role right after logging in (the login’s code counts as a fresh proof)", async ({
    page,
  }) => {
    const admin = await createStaff("ADMIN");
    const support = await createStaff("SUPPORT");
    await logIn(page, admin);
    await page.goto("/staff");
    const row = page.getByTestId("staff-row").filter({ hasText: support.email });
    await row.getByLabel(`Rôle de ${support.email}`).selectOption("MANAGER");
    await row.getByRole("button", { name: "Changer le rôle" }).click();
    // The login's code was given moments ago: the change goes through at once.
    await expect(page.getByText("Rôle modifié.")).toBeVisible();
    await expect(
      page.getByTestId("staff-row").filter({ hasText: support.email }).getByLabel(`Rôle de ${support.email}`),
    ).toHaveValue("MANAGER");
  });
});
