import { STRIPE_API_VERSION } from "../api-version";
import type { EmulatorContext, RequestInfo } from "./context";
import { newId } from "./ids";
import type { StripeEvent } from "./objects";

/** The event types the emulator emits. */
export type EmulatedEventType =
  | "charge.refunded"
  | "charge.succeeded"
  | "checkout.session.completed"
  | "checkout.session.expired"
  | "payment_intent.canceled"
  | "payment_intent.payment_failed"
  | "payment_intent.succeeded"
  | "refund.created";

/**
 * Records that something happened, as Stripe does: the event carries a snapshot of the object at that
 * moment (later changes do not alter it) and, for updates, the previous values of what changed.
 */
export function emitEvent(
  ctx: EmulatorContext,
  type: EmulatedEventType,
  object: object,
  request: RequestInfo,
  previousAttributes?: Record<string, unknown>,
): StripeEvent {
  const event: StripeEvent = {
    id: newId("evt"),
    object: "event",
    api_version: STRIPE_API_VERSION,
    created: ctx.clock.now(),
    data: {
      object: structuredClone(object),
      ...(previousAttributes ? { previous_attributes: structuredClone(previousAttributes) } : {}),
    },
    livemode: false,
    pending_webhooks: 0,
    request: { id: request.id, idempotency_key: request.idempotencyKey },
    type,
  };
  ctx.store.events.set(event.id, event);
  ctx.publish(event);
  return event;
}
