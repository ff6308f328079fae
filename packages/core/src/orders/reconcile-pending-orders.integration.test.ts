import { useTestDatabase } from "@comptoir/db/testing";
import { startEmulatorFixture, submitHostedPage, type EmulatorFixture } from "@comptoir/payments/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addItem } from "../cart/change-line";
import { startCheckout } from "../checkout/start-checkout";
import { createSellingTerms, createTestProduct, recordingJobSender } from "../testing";
import { reconcilePendingOrders } from "./reconcile-pending-orders";

// The webhooks of this emulator go to a receiver that only records them: as far as the shop knows,
// every event is lost, which is what reconciliation is for.
describe("reconcilePendingOrders", () => {
  const database = useTestDatabase("reconcile");
  let stripeFixture: EmulatorFixture;
  let rateId: string;
  const jobs = recordingJobSender();

  beforeAll(async () => {
    stripeFixture = await startEmulatorFixture();
    rateId = (await createSellingTerms(database.db)).frStandard;
  });
  afterAll(async () => {
    await stripeFixture?.close();
  });

  async function checkoutOf(stock: number) {
    const product = await createTestProduct(database.db, { variants: [{ stock, priceAmount: 1500 }] });
    const variantId = product.variantIds[0]!;
    const { cartId } = await addItem(database.db, { cartId: null, locale: "fr", variantId, quantity: 1 });
    const started = await startCheckout(
      database.db,
      {
        cartId,
        userId: null,
        locale: "fr",
        email: "nadia@example.com",
        address: { name: "Nadia", line1: "3 quai Est", city: "Nantes", postalCode: "44000", country: "FR" },
        shippingRateId: rateId,
      },
      {
        stripe: stripeFixture.stripe,
        effects: { jobs },
        returnUrls: () => ({ successUrl: "https://shop.example/ok", cancelUrl: "https://shop.example/ko" }),
      },
    );
    return { ...started, variantId };
  }
  const statusOf = async (id: string) =>
    (await database.db.order.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
  const stockOf = async (id: string) =>
    (await database.db.variant.findUniqueOrThrow({ where: { id } })).stock;
  const reconcile = (now = new Date()) =>
    reconcilePendingOrders(database.db, { stripe: stripeFixture.stripe, effects: { jobs }, now, graceMs: 0 });

  it("settles as paid an order whose payment went through but whose webhook was lost", async () => {
    const order = await checkoutOf(2);
    expect((await submitHostedPage(order.paymentUrl, "success")).status).toBe(303);
    expect(await statusOf(order.orderId)).toBe("PENDING");

    const report = await reconcile();
    expect(report.paid).toBeGreaterThanOrEqual(1);
    expect(await statusOf(order.orderId)).toBe("PAID");
    expect(await stockOf(order.variantId)).toBe(1);
    expect(jobs.sent.filter((job) => job.data.orderId === order.orderId)).toHaveLength(1);

    // Running again (or alongside the late webhook) changes nothing.
    await reconcile();
    expect(jobs.sent.filter((job) => job.data.orderId === order.orderId)).toHaveLength(1);
  });

  it("leaves an open checkout alone while its stock is still held", async () => {
    const order = await checkoutOf(1);
    await reconcile();
    expect(await statusOf(order.orderId)).toBe("PENDING");
    expect(await stockOf(order.variantId)).toBe(0);
  });

  it("closes the payment page and gives the stock back once the reservation has run out", async () => {
    const order = await checkoutOf(1);
    const later = new Date(Date.now() + 31 * 60_000);
    await reconcile(later);
    expect(await statusOf(order.orderId)).toBe("CANCELLED");
    expect(await stockOf(order.variantId)).toBe(1);
    const { stripeCheckoutSessionId } = await database.db.order.findUniqueOrThrow({
      where: { id: order.orderId },
    });
    const session = await stripeFixture.stripe.checkout.sessions.retrieve(stripeCheckoutSessionId!);
    expect(session.status).toBe("expired");
    // Nobody can pay for units that are back on sale.
    expect((await submitHostedPage(order.paymentUrl, "success").catch(() => null))?.status ?? 410).not.toBe(
      303,
    );
  });
});
