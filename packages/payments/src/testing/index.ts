// Test helpers for packages whose tests run against the Stripe emulator.
export { type EmulatorFixture, TEST_WEBHOOK_SECRET, startEmulatorFixture } from "./emulator-fixture";
export { type HostedPageOptions, submitHostedPage } from "./hosted-checkout";
export {
  type ReceivedWebhook,
  type WebhookReceiver,
  startWebhookReceiver,
  webhookType,
} from "./webhook-receiver";
