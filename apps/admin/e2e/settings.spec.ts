// The settings page: an owner changes the managers' refund limit, typed as on the refund form;
// a bad amount is refused with its reason and changes nothing; the change is in the audit trail;
// managers have neither the link nor the page.
import { createDb } from "@comptoir/db";
import { expect, test } from "./fixtures";
import { createStaff, logIn } from "./staff";

async function latestSettingsAudit() {
  const db = createDb(process.env.E2E_DATABASE_URL!, { poolMax: 1 });
  try {
    return await db.auditLog.findFirst({
      where: { action: "settings.updated" },
      orderBy: { createdAt: "desc" },
      select: { before: true, after: true, actorRole: true },
    });
  } finally {
    await db.$disconnect();
  }
}

test.describe("settings", () => {
  test("an owner sets the managers' refund limit; bad amounts are refused", async ({ page }) => {
    const owner = await createStaff("OWNER");
    await logIn(page, owner);
    await page.getByRole("link", { name: "Paramètres" }).click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByRole("heading", { name: "Paramètres", level: 1 })).toBeVisible();
    const field = page.getByLabel("Plafond de remboursement des responsables (EUR)");

    await field.fill("12,345");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByText("Saisissez un montant positif, par exemple 150 ou 150,50.")).toBeVisible();
    await expect(field).toHaveValue("12,345");

    await field.fill("1 234,50");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByRole("status")).toHaveText("Paramètres enregistrés.");
    await expect(page.getByTestId("current-refund-limit")).toHaveText(/Plafond actuel : 1\s234,50\s€/);
    await expect(field).toHaveValue("1234,50");
    expect(await latestSettingsAudit()).toMatchObject({
      actorRole: "OWNER",
      after: { managerRefundLimit: { amount: 123_450, currency: "EUR" } },
    });
  });

  test("managers have no settings link, and the page answers 403", async ({ page }) => {
    const manager = await createStaff("MANAGER");
    await logIn(page, manager);
    await expect(page.getByRole("link", { name: "Paramètres" })).toHaveCount(0);
    expect((await page.goto("/settings"))?.status()).toBe(403);
  });
});
