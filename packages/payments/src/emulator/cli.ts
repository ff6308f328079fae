// Starts the Stripe emulator as a process of its own, for `pnpm dev` (which sets STRIPE_EMULATOR_URL for
// the apps) or by hand: `pnpm --filter @comptoir/payments emulator`.
import { readEmulatorCliEnv, resolveWebhookSecret } from "../env";
import { assertEmulatorAllowed, startStripeEmulator } from "./server";

async function main(): Promise<void> {
  const env = readEmulatorCliEnv();
  assertEmulatorAllowed(env);
  const emulator = await startStripeEmulator({
    port: env.PORT,
    webhookUrl: env.STRIPE_EMULATOR_WEBHOOK_URL,
    webhookSecret: resolveWebhookSecret(env),
    onDelivery(attempt) {
      const outcome = attempt.ok ? `${attempt.status}` : `failed (${attempt.error ?? "no answer"})`;
      console.log(
        `[stripe-emulator] ${attempt.eventType} ${attempt.eventId} attempt ${attempt.attempt}: ${outcome}`,
      );
    },
  });
  console.log(
    `[stripe-emulator] listening on ${emulator.url}, sending events to ${env.STRIPE_EMULATOR_WEBHOOK_URL}`,
  );

  const shutdown = () => {
    emulator.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  console.error(`[stripe-emulator] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
