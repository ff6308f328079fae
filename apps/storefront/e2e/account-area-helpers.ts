// What the account area's tests arrange beside the browser: a customer and a paid order in the
// stack's database (placing an order through checkout and the payment emulator is what
// checkout.spec.ts proves; the history only needs one to show), and the login through its page.
import { createTestUser } from "@comptoir/auth/testing";
import { orders, type Tx } from "@comptoir/core";
import { createTestOrder, recordingJobSender } from "@comptoir/core/testing";
import { expect, type Page } from "@playwright/test";
import { logInWithPassword, STRONG_PASSWORD, uniqueEmail } from "./accounts-helpers";
import { withDb } from "./checkout-helpers";

/** A verified customer with a password, unique to the test (with its id, to arrange its data). */
export async function createCustomer(name: string) {
  const email = uniqueEmail("client");
  return withDb((db) => createTestUser(db, { email, name, password: STRONG_PASSWORD, locale: "fr" }));
}

/**
 * A paid order of the customer, as checkout and the payment webhook leave it (events order_created,
 * payment_succeeded). It takes one unit of the last product well in stock: the checkout tests take
 * the first ones, and counting stock must not see this one.
 */
export async function createPaidOrder(customer: { id: string; email: string }) {
  return withDb(async (db) => {
    const variant = await db.variant.findFirstOrThrow({
      where: { stock: { gte: 5 }, product: { status: "ACTIVE" } },
      orderBy: [{ product: { key: "desc" } }, { position: "asc" }],
      select: { id: true, priceAmount: true },
    });
    const order = await createTestOrder(db, {
      email: customer.email,
      lines: [{ variantId: variant.id, quantity: 1, unitAmount: variant.priceAmount }],
    });
    await db.$transaction(async (tx: Tx) => {
      await tx.order.update({ where: { id: order.id }, data: { userId: customer.id }, select: { id: true } });
      await orders.recordOrderEvent(tx, {
        orderId: order.id,
        type: "order_created",
        toStatus: "PENDING",
        actor: "CUSTOMER",
        actorId: customer.id,
      });
      await orders.settlePaid(
        tx,
        {
          orderId: order.id,
          paymentIntentId: `pi_e2e_${order.id}`,
          actor: "PAYMENT_PROVIDER",
          source: "e2e",
        },
        { jobs: recordingJobSender() },
      );
    });
    return order;
  });
}

export async function sessionsOf(userId: string): Promise<number> {
  return withDb((db) => db.session.count({ where: { userId } }));
}

/** Logs in through the French login page (from wherever the page is). */
export async function logIn(page: Page, email: string, password = STRONG_PASSWORD) {
  await logInWithPassword(
    page,
    { email: "Adresse e-mail", password: "Mot de passe", submit: "Se connecter" },
    { email, password },
  );
}

export async function expectLoggedOut(page: Page, path = "/fr/compte") {
  await page.goto(path);
  await expect(page).toHaveURL(/\/fr\/connexion\?redirectTo=/);
}
