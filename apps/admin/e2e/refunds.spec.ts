// Refunds from the admin to the customer: a manager refunds part of a paid order through the
// payment provider, and the customer sees it on their order page in the shop. Support staff get no
// refund form, and a refund they post anyway is refused by the server.
import { e2eUrl } from "@comptoir/devkit/e2e";
import { expect, test } from "./fixtures";
import { createCustomer, CUSTOMER_PASSWORD, placePaidOrder, refundsOf } from "./orders";
import { createStaff, logIn } from "./staff";

test("a manager refunds part of an order and ships the rest; the customer's order page shows both", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const customer = await createCustomer();
  const order = await placePaidOrder(customer);
  const manager = await createStaff("MANAGER");
  await logIn(page, manager);
  await page.goto(`/orders/${order.id}`);
  const refund = page.getByTestId("refund-form");
  await refund.getByLabel("Montant (EUR)").fill("5,00");
  await refund.getByLabel(/Motif/).fill("Boîte abîmée à la livraison");
  await refund.getByRole("button", { name: "Rembourser via Stripe" }).click();
  // Money moves: a password login is not proof enough, the manager confirms who they are first.
  await expect(page).toHaveURL(/\/reauthenticate/);
  await page.getByLabel("Mot de passe").fill(manager.password);
  await page.getByRole("button", { name: "Confirmer" }).click();
  await expect(page).toHaveURL(new RegExp(`/orders/${order.id}$`));
  await refund.getByLabel("Montant (EUR)").fill("5,00");
  await refund.getByRole("button", { name: "Rembourser via Stripe" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Remboursement envoyé" })).toBeVisible();
  // The provider confirms through its webhook; the order then shows the refund.
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("refunded-amount")).toHaveText(/5,00\s€/);
  }).toPass({ timeout: 20_000 });
  expect(await refundsOf(order.id)).toEqual([{ amount: 500, status: "succeeded" }]);
  // The rest goes out: shipped with Colissimo; the customer gets the carrier and a tracking link.
  const fulfil = page.getByTestId("fulfil-form");
  await fulfil.getByLabel("Numéro de suivi").fill("6A12345678901");
  await fulfil.getByRole("button", { name: "Marquer comme expédiée" }).click();
  await expect(page.getByTestId("shipment")).toContainText("6A12345678901");

  const shopper = await browser.newContext({ baseURL: e2eUrl("storefront") });
  const shop = await shopper.newPage();
  await shop.goto(`/fr/connexion?redirectTo=${encodeURIComponent(`/fr/compte/commandes/${order.number}`)}`);
  const login = shop.getByTestId("login-form");
  await login.getByRole("textbox", { name: "Adresse e-mail" }).fill(customer.email);
  await login.getByLabel("Mot de passe").fill(CUSTOMER_PASSWORD);
  await login.getByRole("button", { name: "Se connecter" }).click();
  await expect(shop).toHaveURL(new RegExp(`/fr/compte/commandes/${order.number}$`));
  // Shipped now; the refund stays in its timeline and its details.
  await expect(shop.getByTestId("account-order")).toContainText("Expédiée");
  await expect(shop.getByTestId("account-order")).toContainText("Remboursement effectué");
  await expect(shop.getByRole("main")).toContainText(/5,00\s€/);
  const shipment = shop.getByTestId("order-shipment");
  await expect(shipment).toContainText("Colissimo — numéro de suivi 6A12345678901");
  await expect(shipment.getByRole("link", { name: "Suivre le colis" })).toHaveAttribute(
    "href",
    "https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901",
  );
  await shopper.close();
});

test("support staff get no refund form, and a refund posted anyway is refused", async ({ page }) => {
  const customer = await createCustomer();
  const order = await placePaidOrder(customer);
  await logIn(page, await createStaff("SUPPORT"));
  await page.goto(`/orders/${order.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(String(order.number));
  await expect(page.getByTestId("refund-form")).toHaveCount(0);
  // The form a manager would see, posted by hand: the server refuses it.
  const response = await page.evaluate(async (path) => {
    const body = new URLSearchParams({ intent: "refund", refundId: crypto.randomUUID(), amount: "5,00" });
    const answer = await fetch(path, { method: "POST", body });
    return { status: answer.status, text: await answer.text() };
  }, `/orders/${order.id}`);
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(await refundsOf(order.id)).toEqual([]);
});
