import type Stripe from "stripe";
import { type StripeEmulator, type StripeEmulatorOptions, startStripeEmulator } from "../emulator/server";
import { createStripe } from "../stripe-client";
import { type WebhookReceiver, startWebhookReceiver } from "./webhook-receiver";

export const TEST_WEBHOOK_SECRET = "whsec_test_fixture_secret";

export interface EmulatorFixture {
  emulator: StripeEmulator;
  receiver: WebhookReceiver;
  /** A client from `createStripe()`, pointed at this emulator: the production code path. */
  stripe: Stripe;
  close(): Promise<void>;
}

/** An emulator on a free port, a webhook receiver it delivers to, and an SDK client for it. */
export async function startEmulatorFixture(
  options: { receiverStatuses?: number[] } & Partial<StripeEmulatorOptions> = {},
): Promise<EmulatorFixture> {
  const { receiverStatuses, ...emulatorOptions } = options;
  const receiver = await startWebhookReceiver({ statuses: receiverStatuses });
  const emulator = await startStripeEmulator({
    webhookUrl: receiver.url,
    webhookSecret: TEST_WEBHOOK_SECRET,
    retryDelaysMs: [20, 40, 80],
    ...emulatorOptions,
  });
  const stripe = createStripe({ env: { NODE_ENV: "test", STRIPE_EMULATOR_URL: emulator.url } });
  return {
    emulator,
    receiver,
    stripe,
    async close() {
      await emulator.stop();
      await receiver.close();
    },
  };
}
