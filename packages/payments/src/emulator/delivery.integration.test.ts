import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type Stripe from "stripe";
import { afterEach, describe, expect, it } from "vitest";
import { type EmulatorFixture, TEST_WEBHOOK_SECRET, startEmulatorFixture } from "../testing/emulator-fixture";
import { submitHostedPage } from "../testing/hosted-checkout";
import { verifyWebhook } from "../webhook";

let fixture: EmulatorFixture | undefined;

afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

const params: Stripe.Checkout.SessionCreateParams = {
  mode: "payment",
  line_items: [
    { price_data: { currency: "eur", unit_amount: 1800, product_data: { name: "Matcha" } }, quantity: 1 },
  ],
  customer_email: "leo@example.com",
  success_url: "https://shop.example/en/order/thanks?session_id={CHECKOUT_SESSION_ID}",
};

/** A port nothing listens on: bound, noted, released. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("webhook delivery", () => {
  it("retries an event while the endpoint answers 500, and the third attempt is delivered and verifiable", async () => {
    fixture = await startEmulatorFixture({ receiverStatuses: [500, 500] });
    const session = await fixture.stripe.checkout.sessions.create(params);
    await submitHostedPage(session.url ?? "", "success");
    await fixture.emulator.waitForIdle();

    const received = fixture.receiver.received;
    expect(received.map((webhook) => webhook.status)).toEqual([500, 500, 200]);
    const events = received.map((webhook) =>
      verifyWebhook(webhook.rawBody, webhook.signature, TEST_WEBHOOK_SECRET),
    );
    expect(new Set(events.map((event) => event.id)).size).toBe(1);
    expect(events[2]?.type).toBe("checkout.session.completed");

    const attempts = fixture.emulator.deliveries();
    expect(attempts.map(({ attempt, status, ok }) => ({ attempt, status, ok }))).toEqual([
      { attempt: 1, status: 500, ok: false },
      { attempt: 2, status: 500, ok: false },
      { attempt: 3, status: 200, ok: true },
    ]);
  });

  it("keeps retrying an unreachable endpoint until the schedule runs out, then records the failure", async () => {
    const port = await closedPort();
    fixture = await startEmulatorFixture({
      webhookUrl: `http://127.0.0.1:${port}/webhooks/stripe`,
      retryDelaysMs: [10, 10],
    });
    const session = await fixture.stripe.checkout.sessions.create(params);
    await submitHostedPage(session.url ?? "", "success");
    await fixture.emulator.waitForIdle();

    const attempts = fixture.emulator.deliveries();
    expect(attempts).toHaveLength(3);
    for (const attempt of attempts) {
      expect(attempt).toMatchObject({ eventType: "checkout.session.completed", status: null, ok: false });
      expect(attempt.error).toBeTruthy();
    }
  });

  it("redelivers a recorded event on request, signed anew", async () => {
    fixture = await startEmulatorFixture();
    const session = await fixture.stripe.checkout.sessions.create(params);
    await submitHostedPage(session.url ?? "", "success");
    await fixture.emulator.waitForIdle();
    const [completed] = fixture.emulator
      .events()
      .filter((event) => event.type === "checkout.session.completed");
    if (!completed) throw new Error("checkout.session.completed was not recorded");

    const attempts = await fixture.emulator.redeliver(completed.id);

    expect(attempts).toEqual([
      expect.objectContaining({ eventId: completed.id, redelivery: true, ok: true, status: 200 }),
    ]);
    const [first, second] = fixture.receiver.received;
    expect(second?.rawBody).toBe(first?.rawBody);
    expect(verifyWebhook(second?.rawBody ?? "", second?.signature ?? null, TEST_WEBHOOK_SECRET).id).toBe(
      completed.id,
    );
    await expect(fixture.emulator.redeliver("evt_unknown")).rejects.toThrow("No such event");
  });

  it("sends every event type when the endpoint asks for all of them", async () => {
    fixture = await startEmulatorFixture({ enabledEvents: "*" });
    const session = await fixture.stripe.checkout.sessions.create(params);
    await submitHostedPage(session.url ?? "", "success");
    await fixture.emulator.waitForIdle();

    const types = fixture.receiver.received.map(
      (webhook) => (JSON.parse(webhook.rawBody) as { type: string }).type,
    );
    expect(types.sort()).toEqual([
      "charge.succeeded",
      "checkout.session.completed",
      "payment_intent.succeeded",
    ]);
    expect(fixture.emulator.events().every((event) => event.pending_webhooks === 1)).toBe(true);
  });
});
