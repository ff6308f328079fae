import { describe, expect, it } from "vitest";
import {
  DEFAULT_EMULATOR_URL,
  DEVELOPMENT_WEBHOOK_SECRET,
  readEmulatorCliEnv,
  readPaymentsEnv,
  resolveWebhookSecret,
} from "./env";

describe("payments environment", () => {
  it("needs nothing in development: the emulator at its default address", () => {
    expect(readPaymentsEnv({})).toEqual({
      NODE_ENV: "development",
      STRIPE_EMULATOR_URL: DEFAULT_EMULATOR_URL,
    });
    expect(
      readPaymentsEnv({ STRIPE_SECRET_KEY: " ", STRIPE_WEBHOOK_SECRET: "" }).STRIPE_SECRET_KEY,
    ).toBeUndefined();
  });

  it("refuses values that cannot be right, naming the variable", () => {
    expect(() => readPaymentsEnv({ STRIPE_SECRET_KEY: "pk_test_123" })).toThrow("STRIPE_SECRET_KEY");
    expect(() => readPaymentsEnv({ STRIPE_WEBHOOK_SECRET: "secret" })).toThrow("STRIPE_WEBHOOK_SECRET");
    expect(() => readPaymentsEnv({ STRIPE_EMULATOR_URL: "ftp://127.0.0.1" })).toThrow("STRIPE_EMULATOR_URL");
  });

  it("falls back to the development webhook secret, except in production", () => {
    expect(resolveWebhookSecret(readPaymentsEnv({ NODE_ENV: "test" }))).toBe(DEVELOPMENT_WEBHOOK_SECRET);
    expect(resolveWebhookSecret(readPaymentsEnv({ STRIPE_WEBHOOK_SECRET: "whsec_real" }))).toBe("whsec_real");
    expect(() =>
      resolveWebhookSecret(readPaymentsEnv({ NODE_ENV: "production", STRIPE_SECRET_KEY: "sk_live_1" })),
    ).toThrow("STRIPE_WEBHOOK_SECRET is not set");
  });

  it("gives the emulator's command line its defaults", () => {
    expect(readEmulatorCliEnv({})).toMatchObject({
      PORT: 12111,
      STRIPE_EMULATOR_WEBHOOK_URL: "http://127.0.0.1:3000/webhooks/stripe",
    });
    expect(readEmulatorCliEnv({ PORT: "4242" }).PORT).toBe(4242);
  });
});
