// The payments package's environment, validated here. Nothing else in this package reads process.env.
import { DEVELOPMENT_WEBHOOK_SECRET } from "@comptoir/env";
import { z } from "zod";
import { PaymentsConfigError } from "./config-error";

/** Where `pnpm dev` starts the emulator, and where the SDK looks for it when nothing else is said. */
export const DEFAULT_EMULATOR_PORT = 12111;
export const DEFAULT_EMULATOR_URL = `http://127.0.0.1:${DEFAULT_EMULATOR_PORT}`;

/**
 * The signing secret shared by the emulator and the webhook route when STRIPE_WEBHOOK_SECRET is unset.
 * It signs nothing real: production refuses to fall back to it (see `resolveWebhookSecret`), and the
 * configuration check refuses it as a value. Defined with the other development values in @comptoir/env.
 */
export { DEVELOPMENT_WEBHOOK_SECRET };

// A blank line in a .env file means "unset", not "set to the empty string".
const blankIsUnset = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const httpUrl = (name: string) =>
  z.url({ protocol: /^https?$/, error: `${name} must be an http:// or https:// URL` });

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A Stripe secret key. When set, the real Stripe API is used and the emulator never starts. */
  STRIPE_SECRET_KEY: z.preprocess(
    blankIsUnset,
    z
      .string()
      .startsWith("sk_", "STRIPE_SECRET_KEY must be a Stripe secret key (sk_live_... or sk_test_...)")
      .optional(),
  ),
  /** The signing secret of the webhook endpoint (Dashboard > Webhooks, or the emulator's). */
  STRIPE_WEBHOOK_SECRET: z.preprocess(
    blankIsUnset,
    z
      .string()
      .startsWith("whsec_", "STRIPE_WEBHOOK_SECRET must be a webhook signing secret (whsec_...)")
      .optional(),
  ),
  /** Where a running emulator listens, when there is no STRIPE_SECRET_KEY. */
  STRIPE_EMULATOR_URL: z.preprocess(
    blankIsUnset,
    httpUrl("STRIPE_EMULATOR_URL").default(DEFAULT_EMULATOR_URL),
  ),
});

const emulatorCliSchema = z.object({
  PORT: z.preprocess(blankIsUnset, z.coerce.number().int().min(0).max(65535).default(DEFAULT_EMULATOR_PORT)),
  /** Where the emulator posts its signed events: the storefront's webhook route. */
  STRIPE_EMULATOR_WEBHOOK_URL: z.preprocess(
    blankIsUnset,
    httpUrl("STRIPE_EMULATOR_WEBHOOK_URL").default("http://127.0.0.1:3000/webhooks/stripe"),
  ),
});

export type PaymentsEnv = z.infer<typeof schema>;
export type EmulatorCliEnv = z.infer<typeof emulatorCliSchema> & PaymentsEnv;
export type EnvSource = Record<string, string | undefined>;

function parse<T>(target: z.ZodType<T>, source: EnvSource): T {
  const parsed = target.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new PaymentsConfigError(`Invalid payments configuration — ${problems.join("; ")}`);
  }
  return parsed.data;
}

export function readPaymentsEnv(source: EnvSource = process.env): PaymentsEnv {
  return parse(schema, source);
}

/** What the emulator's command-line entry needs (it also honours STRIPE_WEBHOOK_SECRET and NODE_ENV). */
export function readEmulatorCliEnv(source: EnvSource = process.env): EmulatorCliEnv {
  return { ...parse(schema, source), ...parse(emulatorCliSchema, source) };
}

/**
 * The secret that webhook signatures are checked against. Outside production it falls back to the
 * development secret the emulator signs with, so `pnpm dev` needs no configuration; in production a
 * missing secret would accept nothing (or, worse, a guessable one), so it is refused.
 */
export function resolveWebhookSecret(env: PaymentsEnv = readPaymentsEnv()): string {
  if (env.STRIPE_WEBHOOK_SECRET) return env.STRIPE_WEBHOOK_SECRET;
  if (env.NODE_ENV === "production") {
    throw new PaymentsConfigError(
      "STRIPE_WEBHOOK_SECRET is not set. Copy the signing secret (whsec_...) of your Stripe webhook endpoint; see docs/payments.md.",
    );
  }
  return DEVELOPMENT_WEBHOOK_SECRET;
}
