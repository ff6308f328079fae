// The metrics the API records, read back from the process's registry after real calls: tRPC
// durations and errors, orders created and paid, checkout failures, webhook outcomes.
import { createSellingTerms, createTestProduct } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { getMetrics } from "@comptoir/observability";
import { submitHostedPage } from "@comptoir/payments/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "./context";
import { createCaller } from "./root";
import { startCheckoutHarness, type CheckoutHarness } from "./testing/checkout-harness";

const address = {
  name: "Camille Martin",
  line1: "12 rue des Lilas",
  city: "Lyon",
  postalCode: "69003",
  country: "FR" as const,
};

/** A metric's current value for `labels` (0 when never recorded). */
async function valueOf(name: string, labels: Record<string, string> = {}, suffix = ""): Promise<number> {
  const metric = getMetrics().registry.getSingleMetric(name);
  if (!metric) throw new Error(`no metric ${name}`);
  const { values } = await metric.get();
  const found = values.find(
    (value) =>
      (suffix === "" || (value as { metricName?: string }).metricName === `${name}${suffix}`) &&
      Object.entries(labels).every(([key, expected]) => String(value.labels[key]) === expected),
  );
  return found?.value ?? 0;
}

describe("API metrics", () => {
  const database = useTestDatabase("api_metrics");
  let harness: CheckoutHarness;
  let standardRateId: string;

  beforeAll(async () => {
    harness = await startCheckoutHarness(database.db, database.url);
    standardRateId = (await createSellingTerms(database.db)).frStandard;
  });
  afterAll(async () => {
    await harness?.close();
  });

  async function api() {
    const ctx = await createContext({
      db: database.db,
      audience: "storefront",
      headers: new Headers(),
      resHeaders: new Headers(),
      commerce: harness.commerce,
      origin: "https://shop.example",
    });
    return createCaller(ctx);
  }

  const start = async (cartId: string) =>
    (await api()).checkout.start({
      cartId,
      locale: "fr",
      email: "camille@example.com",
      address,
      shippingRateId: standardRateId,
    });

  async function waitFor(read: () => Promise<number>, expected: number): Promise<number> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const value = await read();
      if (value >= expected || Date.now() > deadline) return value;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it("records procedure durations, and failures by tRPC code", async () => {
    const okBefore = await valueOf(
      "comptoir_trpc_procedure_duration_seconds",
      { path: "cart.addItem", outcome: "ok" },
      "_count",
    );
    const errorsBefore = await valueOf("comptoir_trpc_procedure_errors_total", {
      path: "checkout.start",
      code: "BAD_REQUEST",
    });
    const product = await createTestProduct(database.db, { variants: [{ stock: 3, priceAmount: 1500 }] });
    await (
      await api()
    ).cart.addItem({ cartId: null, locale: "fr", variantId: product.variantIds[0]!, quantity: 1 });
    // An unknown cart is an empty one: core's CART_EMPTY reaches the client as BAD_REQUEST.
    await expect(start("00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(
      await valueOf(
        "comptoir_trpc_procedure_duration_seconds",
        { path: "cart.addItem", outcome: "ok" },
        "_count",
      ),
    ).toBe(okBefore + 1);
    expect(
      await valueOf("comptoir_trpc_procedure_errors_total", { path: "checkout.start", code: "BAD_REQUEST" }),
    ).toBe(errorsBefore + 1);
    expect(
      await valueOf(
        "comptoir_trpc_procedure_duration_seconds",
        { path: "checkout.start", outcome: "error" },
        "_count",
      ),
    ).toBeGreaterThan(0);
  });

  it("counts checkout failures by code, and orders created then paid through the webhook", async () => {
    const emptyBefore = await valueOf("comptoir_checkout_failures_total", { code: "CART_EMPTY" });
    const createdBefore = await valueOf("comptoir_orders_created_total");
    const paidBefore = await valueOf("comptoir_orders_paid_total");
    const processedBefore = await valueOf("comptoir_webhook_events_total", {
      type: "checkout.session.completed",
      outcome: "processed",
    });

    await expect(start("00000000-0000-4000-8000-000000000001")).rejects.toThrow();
    expect(await valueOf("comptoir_checkout_failures_total", { code: "CART_EMPTY" })).toBe(emptyBefore + 1);
    expect(await valueOf("comptoir_orders_created_total")).toBe(createdBefore);

    const product = await createTestProduct(database.db, { variants: [{ stock: 5, priceAmount: 2400 }] });
    const { cartId } = await (
      await api()
    ).cart.addItem({
      cartId: null,
      locale: "fr",
      variantId: product.variantIds[0]!,
      quantity: 1,
    });
    const started = await start(cartId!);
    expect(await valueOf("comptoir_orders_created_total")).toBe(createdBefore + 1);

    expect((await submitHostedPage(started.paymentUrl, "success")).status).toBe(303);
    await harness.emulator.waitForIdle();
    expect(await waitFor(() => valueOf("comptoir_orders_paid_total"), paidBefore + 1)).toBe(paidBefore + 1);
    expect(
      await valueOf("comptoir_webhook_events_total", {
        type: "checkout.session.completed",
        outcome: "processed",
      }),
    ).toBe(processedBefore + 1);

    // A redelivery is a duplicate: counted as such, never as a second payment.
    const completed = harness.emulator.events().find((event) => event.type === "checkout.session.completed");
    await harness.emulator.redeliver(completed!.id);
    await harness.emulator.waitForIdle();
    expect(
      await waitFor(
        () =>
          valueOf("comptoir_webhook_events_total", {
            type: "checkout.session.completed",
            outcome: "duplicate",
          }),
        1,
      ),
    ).toBeGreaterThanOrEqual(1);
    expect(await valueOf("comptoir_orders_paid_total")).toBe(paidBefore + 1);
  });

  it("counts a webhook with a bad signature as rejected, without trusting its type", async () => {
    const before = await valueOf("comptoir_webhook_events_total", { type: "unknown", outcome: "rejected" });
    const response = await fetch(harness.webhookUrl, {
      method: "POST",
      headers: { "Stripe-Signature": "t=1,v1=deadbeef" },
      body: JSON.stringify({ id: "evt_forged", type: "invented.type", data: { object: {} } }),
    });
    expect(response.status).toBe(400);
    expect(await valueOf("comptoir_webhook_events_total", { type: "unknown", outcome: "rejected" })).toBe(
      before + 1,
    );
    expect(await valueOf("comptoir_webhook_events_total", { type: "invented.type" })).toBe(0);
  });
});
