// Shipping an order from its page: a paid order is arranged straight in the database (no payment is
// needed to ship one); a manager ships it with a tracking number and the timeline shows it; support
// staff see the order but no shipping form.
import { randomUUID } from "node:crypto";
import { createDb } from "@comptoir/db";
import { expect, test } from "./fixtures";
import { createStaff, logIn } from "./staff";

async function createPaidOrder(): Promise<{ id: string; number: number }> {
  const db = createDb(process.env.E2E_DATABASE_URL!, { poolMax: 1 });
  try {
    return await db.order.create({
      data: {
        status: "PAID",
        paidAt: new Date(),
        email: `colis-${randomUUID().slice(0, 8)}@e2e.example`,
        locale: "fr",
        currency: "EUR",
        pricesIncludeTax: true,
        shippingAddress: {
          name: "Camille Martin",
          line1: "1 rue de la Paix",
          city: "Paris",
          postalCode: "75002",
          country: "FR",
        },
        shippingMethod: { key: "standard", name: "Colissimo", amount: 490 },
        subtotalAmount: 2500,
        discountAmount: 0,
        shippingAmount: 490,
        taxAmount: 498,
        totalAmount: 2990,
        taxLines: [{ code: "VAT", ratePpm: 200_000, amount: 498 }],
        items: {
          create: [
            {
              sku: "THE-SENCHA-100",
              productName: "Thé vert Sencha",
              variantName: "100 g",
              unitAmount: 1250,
              quantity: 2,
              subtotalAmount: 2500,
              totalAmount: 2500,
              position: 0,
            },
          ],
        },
        events: {
          create: [{ type: "payment_succeeded", fromStatus: "PENDING", toStatus: "PAID", actor: "SYSTEM" }],
        },
      },
      select: { id: true, number: true },
    });
  } finally {
    await db.$disconnect();
  }
}

test.describe("shipping an order", () => {
  test("a manager ships a paid order with its tracking number; the timeline shows it", async ({
    page,
  }, testInfo) => {
    const order = await createPaidOrder();
    const manager = await createStaff("MANAGER", { twoFactor: true });
    await page.setViewportSize({ width: 1366, height: 900 });
    await logIn(page, manager);
    await page.goto(`/orders/${order.id}`);
    const form = page.getByTestId("fulfil-form");
    await expect(form).toBeVisible();
    await expect(page.getByTestId("cancel-form")).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("order-paid-1366.png"), fullPage: true });

    // A tracking number with characters no carrier uses is refused, and nothing changes.
    await form.getByLabel("Transporteur", { exact: true }).selectOption("chronopost");
    await form.getByLabel("Numéro de suivi").fill("XY<12>");
    await form.getByRole("button", { name: "Marquer comme expédiée" }).click();
    await expect(page.getByRole("alert")).toHaveText(/Saisissez un numéro de suivi valide/);
    await expect(page.getByTestId("fulfil-form")).toBeVisible();

    await form.getByLabel("Numéro de suivi").fill("XY 123 456 789 FR");
    await form.getByRole("button", { name: "Marquer comme expédiée" }).click();
    await expect(page.getByRole("status")).toHaveText(/Commande marquée comme expédiée/);
    await expect(page.getByTestId("shipment")).toHaveText(
      "Expédiée avec Chronopost, numéro de suivi XY123456789FR",
    );
    const timeline = page.getByTestId("order-timeline");
    await expect(timeline.getByText("Expédiée", { exact: false }).first()).toBeVisible();
    await expect(timeline.getByTestId("timeline-shipment")).toHaveText("Chronopost · XY123456789FR");
    await expect(page.getByTestId("fulfil-form")).toHaveCount(0);
    // Shipped orders are refunded, not cancelled.
    await expect(page.getByTestId("cancel-form")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Marquer comme livrée" })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("order-shipped-1366.png"), fullPage: true });

    await page.getByRole("button", { name: "Marquer comme livrée" }).click();
    await expect(page.getByRole("status")).toHaveText("Commande marquée comme livrée.");
    await expect(page.getByRole("button", { name: "Marquer comme livrée" })).toHaveCount(0);
  });

  test("support staff see the order but no shipping or cancellation form", async ({ page }) => {
    const order = await createPaidOrder();
    const support = await createStaff("SUPPORT");
    await logIn(page, support);
    await page.goto(`/orders/${order.id}`);
    await expect(page.getByRole("heading", { name: `Commande n° ${order.number}`, level: 1 })).toBeVisible();
    await expect(page.getByTestId("order-items")).toBeVisible();
    await expect(page.getByTestId("fulfilment")).toHaveCount(0);
    await expect(page.getByTestId("fulfil-form")).toHaveCount(0);
    await expect(page.getByTestId("cancel-form")).toHaveCount(0);
  });
});
