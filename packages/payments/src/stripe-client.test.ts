import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { PaymentsConfigError } from "./config-error";
import { readPaymentsEnv } from "./env";
import { createStripe, paymentMode } from "./stripe-client";

describe("createStripe", () => {
  it("refuses production without a secret key instead of falling back to the emulator", () => {
    expect(() => createStripe({ env: { NODE_ENV: "production" } })).toThrow(PaymentsConfigError);
    expect(() => createStripe({ env: { NODE_ENV: "production" } })).toThrow("STRIPE_SECRET_KEY is not set");
  });

  it("builds a real client when a key is set, in production or not", () => {
    expect(
      createStripe({ env: { NODE_ENV: "production", STRIPE_SECRET_KEY: "sk_live_abc" } }),
    ).toBeInstanceOf(Stripe);
    expect(createStripe({ env: { STRIPE_SECRET_KEY: "sk_test_abc" } })).toBeInstanceOf(Stripe);
  });

  it("builds an emulator client without a key outside production", () => {
    expect(
      createStripe({ env: { NODE_ENV: "test", STRIPE_EMULATOR_URL: "http://[::1]:4010" } }),
    ).toBeInstanceOf(Stripe);
  });
});

describe("paymentMode", () => {
  it("is stripe with a key and emulator without", () => {
    expect(paymentMode(readPaymentsEnv({ STRIPE_SECRET_KEY: "sk_test_abc" }))).toBe("stripe");
    expect(paymentMode(readPaymentsEnv({}))).toBe("emulator");
  });
});
