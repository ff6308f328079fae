import Stripe from "stripe";
import { STRIPE_API_VERSION } from "./api-version";
import { PaymentsConfigError } from "./config-error";
import { type EnvSource, type PaymentsEnv, readPaymentsEnv } from "./env";

/** The key the SDK presents to the emulator. The emulator accepts any test key; this one says where it goes. */
export const EMULATOR_SECRET_KEY = "sk_test_emulator";

export type PaymentMode = "stripe" | "emulator";

export interface CreateStripeOptions {
  /** Environment to read instead of process.env (tests, tools). */
  env?: EnvSource;
  /** Per-request timeout in milliseconds (the SDK's default is 80 s, too long for a shopper waiting on a redirect). */
  timeoutMs?: number;
}

/** "stripe" when a secret key is configured, "emulator" otherwise. */
export function paymentMode(env: PaymentsEnv = readPaymentsEnv()): PaymentMode {
  return env.STRIPE_SECRET_KEY ? "stripe" : "emulator";
}

/**
 * A Stripe client from the official SDK. With STRIPE_SECRET_KEY it talks to Stripe; without it, to the
 * local emulator at STRIPE_EMULATOR_URL, through the very same SDK calls, so development and tests run
 * the production code path offline. Production without a key is a configuration error, never a silent
 * fallback to the emulator. Create one per process and share it.
 */
export function createStripe(options: CreateStripeOptions = {}): Stripe {
  const env = readPaymentsEnv(options.env);
  const common = {
    apiVersion: STRIPE_API_VERSION,
    // Retries of POSTs carry an Idempotency-Key (ours, or one the SDK generates), so a request that
    // reached Stripe before the connection dropped is replayed, not executed twice.
    maxNetworkRetries: 2,
    timeout: options.timeoutMs ?? 20_000,
    appInfo: { name: "Comptoir" },
  } satisfies Stripe.StripeConfig;

  if (env.STRIPE_SECRET_KEY) return new Stripe(env.STRIPE_SECRET_KEY, common);

  if (env.NODE_ENV === "production") {
    throw new PaymentsConfigError(
      "STRIPE_SECRET_KEY is not set. Production takes payments through Stripe only: set your secret key (sk_live_...); the Stripe emulator is for development and tests. See docs/payments.md.",
    );
  }
  const url = new URL(env.STRIPE_EMULATOR_URL);
  const protocol = url.protocol === "https:" ? "https" : "http";
  return new Stripe(EMULATOR_SECRET_KEY, {
    ...common,
    protocol,
    // URL keeps IPv6 literals in brackets; the HTTP client wants the bare address.
    host: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: url.port || (protocol === "https" ? 443 : 80),
    // The emulator is not Stripe: no latency telemetry headers to it.
    telemetry: false,
  });
}
