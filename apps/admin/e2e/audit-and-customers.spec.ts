// The audit log and the customer pages in a real browser: an owner reads and filters the trail, a
// support user cannot reach it (no link, 403) but reads a customer's account and orders, and sends
// an unverified customer their verification email again.
import { randomUUID } from "node:crypto";
import { createDb } from "@comptoir/db";
import { expect, test } from "./fixtures";
import { createStaff, logIn } from "./staff";

/** Runs `work` with a short-lived client on the test stack's database. */
async function withDb<T>(work: (db: ReturnType<typeof createDb>) => Promise<T>): Promise<T> {
  const db = createDb(process.env.E2E_DATABASE_URL!, { poolMax: 1 });
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

/** A customer account with one paid order of two units at 12.50 €. */
async function customerWithOrder(options: { verified: boolean }) {
  const tag = randomUUID().slice(0, 8);
  return withDb(async (db) => {
    const customer = await db.user.create({
      data: {
        email: `camille-${tag}@e2e.example`,
        name: `Camille ${tag}`,
        role: "CUSTOMER",
        emailVerifiedAt: options.verified ? new Date() : null,
      },
    });
    const order = await db.order.create({
      data: {
        userId: customer.id,
        email: customer.email,
        status: "PAID",
        paidAt: new Date(),
        locale: "fr",
        currency: "EUR",
        pricesIncludeTax: true,
        shippingAddress: {
          name: "Camille",
          line1: "1 rue de la Paix",
          city: "Paris",
          postalCode: "75002",
          country: "FR",
        },
        shippingMethod: { key: "standard", name: "Standard", amount: 0 },
        subtotalAmount: 2500,
        discountAmount: 0,
        shippingAmount: 0,
        taxAmount: 0,
        totalAmount: 2500,
        taxLines: [],
        items: {
          create: [
            {
              sku: `E2E-${tag}`,
              productName: "Thé vert Sencha",
              unitAmount: 1250,
              quantity: 2,
              subtotalAmount: 2500,
              totalAmount: 2500,
            },
          ],
        },
      },
    });
    return { customer, order };
  });
}

test.describe("audit log", () => {
  test("an owner sees the audit log and filters it by action", async ({ page }) => {
    const entityId = `e2e-${randomUUID().slice(0, 8)}`;
    await withDb(async (db) => {
      for (const action of ["order.note_added", "order.refund"]) {
        await db.auditLog.create({
          data: { action, entityType: "order", entityId, actorRole: "MANAGER", after: { amount: 500 } },
        });
      }
    });
    const owner = await createStaff("OWNER");
    await logIn(page, owner);
    await page.getByRole("link", { name: "Journal d’audit" }).click();
    await expect(page).toHaveURL(/\/audit$/);
    await expect(page.getByRole("heading", { name: "Journal d’audit", level: 1 })).toBeVisible();
    await expect(page.getByTestId("audit-row").first()).toBeVisible();

    await page.getByLabel("Identifiant de l’objet").fill(entityId);
    await page.getByLabel("Action", { exact: true }).fill("order.refund");
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/action=order\.refund/);
    await expect(page.getByTestId("audit-row")).toHaveCount(1);
    await expect(page.getByTestId("audit-row")).toContainText("Commande remboursée");
    await expect(page.getByTestId("audit-count")).toHaveText("1 entrée");

    // The order's domain alone finds both of its actions; a bad date is refused with a message.
    await page.getByLabel("Action", { exact: true }).fill("order");
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page.getByTestId("audit-row")).toHaveCount(2);
    const response = await page.goto(`/audit?entityId=${entityId}&from=2026-13-45`);
    expect(response?.status()).toBe(400);
    await expect(page.getByTestId("audit-table")).toHaveCount(0);
  });

  test("a support user has no audit link and gets 403 on /audit", async ({ page }) => {
    const support = await createStaff("SUPPORT");
    await logIn(page, support);
    await expect(page.getByRole("link", { name: "Clients" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Journal d’audit" })).toHaveCount(0);
    expect((await page.goto("/audit"))?.status()).toBe(403);
  });
});

test.describe("customers", () => {
  test("a support user opens a customer and sees their orders", async ({ page }) => {
    const { customer, order } = await customerWithOrder({ verified: true });
    const support = await createStaff("SUPPORT");
    await logIn(page, support);
    await page.getByRole("link", { name: "Clients" }).click();
    await expect(page.getByRole("heading", { name: "Clients", level: 1 })).toBeVisible();
    await page.getByLabel("E-mail ou nom").fill(customer.email.toUpperCase());
    await page.getByRole("button", { name: "Rechercher" }).click();
    await expect(page.getByTestId("customer-row")).toHaveCount(1);
    await page.getByRole("link", { name: customer.name! }).click();

    await expect(page.getByRole("heading", { name: customer.name!, level: 1 })).toBeVisible();
    const row = page.getByTestId("customer-order");
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(`#${order.number}`);
    await expect(row).toContainText("Payée");
    await expect(row).toContainText("25,00");
    await expect(page.getByTestId("customer-spent")).toContainText("25,00");
    // A verified account needs no verification email, and support cannot read the audit trail.
    await expect(page.getByTestId("resend-panel")).toHaveCount(0);
    await expect(page.getByRole("link", { name: /journal d’audit/ })).toHaveCount(0);

    await row.getByRole("link", { name: `#${order.number}` }).click();
    await expect(page).toHaveURL(new RegExp(`/orders/${order.id}$`));
  });

  test("a support user sends an unverified customer the verification email again, once", async ({ page }) => {
    const { customer } = await customerWithOrder({ verified: false });
    const support = await createStaff("SUPPORT");
    await logIn(page, support);
    await page.goto(`/customers/${customer.id}`);
    await page.getByRole("button", { name: "Renvoyer l’e-mail de vérification" }).click();
    await expect(page.getByRole("status")).toHaveText(/Envoyé/);
    await page.getByRole("button", { name: "Renvoyer l’e-mail de vérification" }).click();
    await expect(page.getByRole("alert")).toHaveText(/Trop de tentatives/);
    const entries = await withDb((db) =>
      db.auditLog.count({ where: { action: "customer.verification_resent", entityId: customer.id } }),
    );
    expect(entries).toBe(1);
    expect((await page.goto("/customers/nobody-here"))?.status()).toBe(404);
  });
});
