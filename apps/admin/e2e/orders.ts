// Orders placed the way shoppers place them, for the admin's end-to-end tests: a cart and a
// checkout through the storefront's public API over HTTP, paid on the payment emulator's hosted
// page; the order is the customer's once the payment's webhook has settled it.
import { randomUUID } from "node:crypto";
import { createTestUser } from "@comptoir/auth/testing";
import { createComptoirClient } from "@comptoir/client";
import { createDb } from "@comptoir/db";
import { e2eUrl } from "@comptoir/devkit/e2e";
// The hosted page helper alone: the rest of the testing kit loads the emulator, which this process does not run.
import { submitHostedPage } from "@comptoir/payments/testing/hosted-page";

export const CUSTOMER_PASSWORD = "un mot de passe de client solide";

async function withDb<T>(work: (db: ReturnType<typeof createDb>) => Promise<T>): Promise<T> {
  const db = createDb(process.env.E2E_DATABASE_URL!, { poolMax: 1 });
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

export function createCustomer() {
  const email = `client-${randomUUID().slice(0, 8)}@e2e.example`;
  return withDb((db) =>
    createTestUser(db, { email, name: "Camille Martin", password: CUSTOMER_PASSWORD, locale: "fr" }),
  );
}

/** Two units of a product well in stock, shipped to Paris, paid by card. */
export async function placePaidOrder(customer: { id: string; email: string }) {
  const client = createComptoirClient({ url: `${e2eUrl("storefront")}/api/trpc` });
  const variant = await withDb((db) =>
    db.variant.findFirstOrThrow({
      where: { stock: { gte: 20 }, product: { status: "ACTIVE" } },
      orderBy: [{ product: { key: "asc" } }, { position: "asc" }],
      select: { id: true },
    }),
  );
  const { cartId } = await client.cart.addItem.mutate({
    cartId: null,
    locale: "fr",
    variantId: variant.id,
    quantity: 2,
  });
  const [rate] = await client.cart.shippingOptions.query({ cartId: cartId!, locale: "fr", country: "FR" });
  const started = await client.checkout.start.mutate({
    cartId: cartId!,
    locale: "fr",
    email: customer.email,
    address: {
      name: "Camille Martin",
      line1: "1 rue de la Paix",
      city: "Paris",
      postalCode: "75002",
      country: "FR",
    },
    shippingRateId: rate!.id,
  });
  const paid = await submitHostedPage(started.paymentUrl, "success");
  if (paid.status !== 303) throw new Error(`the payment was refused (HTTP ${paid.status})`);
  return withDb(async (db) => {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const order = await db.order.findUniqueOrThrow({ where: { id: started.orderId } });
      if (order.status === "PAID") {
        return db.order.update({ where: { id: order.id }, data: { userId: customer.id } });
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("the payment's webhook never arrived");
  });
}

export function refundsOf(orderId: string) {
  return withDb((db) => db.refund.findMany({ where: { orderId }, select: { amount: true, status: true } }));
}
