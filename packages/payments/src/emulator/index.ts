export {
  DEFAULT_ENABLED_EVENTS,
  DEFAULT_RETRY_DELAYS_MS,
  type StripeEmulator,
  type StripeEmulatorOptions,
  assertEmulatorAllowed,
  startStripeEmulator,
} from "./server";
export type { DeliveryAttempt } from "./delivery";
export type { EmulatedEventType } from "./events";
export { signatureHeader } from "./signing";
