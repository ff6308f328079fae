export { STRIPE_API_VERSION } from "./api-version";
export { PaymentsConfigError } from "./config-error";
export {
  DEFAULT_EMULATOR_URL,
  DEVELOPMENT_WEBHOOK_SECRET,
  type PaymentsEnv,
  readPaymentsEnv,
  resolveWebhookSecret,
} from "./env";
export { checkoutSessionKey, expireSessionKey, refundKey } from "./idempotency";
export {
  type CreateStripeOptions,
  EMULATOR_SECRET_KEY,
  type PaymentMode,
  createStripe,
  paymentMode,
} from "./stripe-client";
export { WebhookSignatureError, type WebhookSignatureProblem, verifyWebhook } from "./webhook";
export type { default as Stripe } from "stripe";
