import type Stripe from "stripe";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type EmulatorFixture, startEmulatorFixture } from "../testing/emulator-fixture";

let fixture: EmulatorFixture;

beforeEach(async () => {
  fixture = await startEmulatorFixture();
});

afterEach(async () => {
  await fixture.close();
});

const params: Stripe.Checkout.SessionCreateParams = {
  mode: "payment",
  line_items: [
    { price_data: { currency: "EUR", unit_amount: 1500, product_data: { name: "Rooibos" } }, quantity: 3 },
  ],
  success_url: "https://shop.example/en/order/thanks",
};

function post(path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${fixture.emulator.url}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    body,
  });
}

describe("the API surface", () => {
  it("survives lost responses: the SDK retries with the same idempotency key and one session exists", async () => {
    fixture.emulator.simulateNetworkFailures(2);

    const session = await fixture.stripe.checkout.sessions.create(params);

    expect(fixture.emulator.checkoutSessions().map((stored) => stored.id)).toEqual([session.id]);
    expect(session.amount_total).toBe(4500);
    expect(session.currency).toBe("eur");
  });

  it("requires a test-mode secret key in a Bearer Authorization header", async () => {
    const missing = await post("/v1/checkout/sessions", "mode=payment");
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ error: { type: "invalid_request_error" } });

    const live = await post("/v1/checkout/sessions", "mode=payment", { Authorization: "Bearer sk_live_123" });
    expect(live.status).toBe(401);
    expect(await live.json()).toMatchObject({ error: { code: "api_key_invalid" } });
  });

  it("reads the SDK's bracket notation and names the faulty parameter the way Stripe does", async () => {
    const auth = { Authorization: "Bearer sk_test_emulator" };
    const body = new URLSearchParams({
      mode: "payment",
      "line_items[0][price_data][currency]": "eur",
      "line_items[0][price_data][unit_amount]": "12.5",
      "line_items[0][price_data][product_data][name]": "Thé",
      "line_items[0][quantity]": "1",
      success_url: "https://shop.example/thanks",
    });
    const response = await post("/v1/checkout/sessions", body.toString(), auth);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        type: "invalid_request_error",
        code: "parameter_invalid",
        param: "line_items[0][price_data][unit_amount]",
        message: "Invalid line_items[0][price_data][unit_amount]: must be an integer",
      },
    });

    await expect(
      fixture.stripe.checkout.sessions.create({
        ...params,
        line_items: [{ quantity: 1 } as Stripe.Checkout.SessionCreateParams.LineItem],
      }),
    ).rejects.toMatchObject({ param: "line_items[0]" });
    await expect(
      fixture.stripe.checkout.sessions.create({ ...params, success_url: undefined }),
    ).rejects.toMatchObject({ code: "parameter_missing", param: "success_url" });
  });

  it("refuses parameters it does not implement rather than ignoring them", async () => {
    await expect(
      fixture.stripe.checkout.sessions.create({ ...params, allow_promotion_codes: true }),
    ).rejects.toMatchObject({
      type: "StripeInvalidRequestError",
      param: "allow_promotion_codes",
      message: expect.stringContaining("Received unknown parameter: allow_promotion_codes"),
    });
  });

  it("applies Stripe's business limits: one currency, the minimum charge, mode=payment", async () => {
    const mixed = {
      ...params,
      line_items: [
        ...(params.line_items ?? []),
        { price_data: { currency: "usd", unit_amount: 100, product_data: { name: "Mug" } }, quantity: 1 },
      ],
    };
    await expect(fixture.stripe.checkout.sessions.create(mixed)).rejects.toMatchObject({
      param: "line_items",
    });

    const tiny = {
      ...params,
      line_items: [
        { price_data: { currency: "eur", unit_amount: 20, product_data: { name: "Sachet" } }, quantity: 1 },
      ],
    };
    await expect(fixture.stripe.checkout.sessions.create(tiny)).rejects.toMatchObject({
      message: expect.stringContaining("at least €0.50 eur"),
    });

    await expect(
      fixture.stripe.checkout.sessions.create({ ...params, mode: "subscription" }),
    ).rejects.toMatchObject({
      param: "mode",
    });
  });

  it("answers Stripe's 404 for endpoints it does not implement", async () => {
    const response = await fetch(`${fixture.emulator.url}/v1/customers`, {
      headers: { Authorization: "Bearer sk_test_emulator" },
    });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain(
      "Unrecognized request URL (GET: /v1/customers)",
    );
  });

  it("serves recorded events by id", async () => {
    const session = await fixture.stripe.checkout.sessions.create(params);
    await fixture.stripe.checkout.sessions.expire(session.id);
    const [recorded] = fixture.emulator.events();

    const event = await fixture.stripe.events.retrieve(recorded?.id ?? "");
    expect(event).toMatchObject({ type: "checkout.session.expired", data: { object: { id: session.id } } });
  });
});
