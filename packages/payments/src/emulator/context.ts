import type { Clock } from "./clock";
import type { StripeEvent } from "./objects";
import type { Store } from "./store";

/** The API request that caused a change, as events record it. */
export interface RequestInfo {
  id: string | null;
  idempotencyKey: string | null;
}

/** For what no API call caused: the shopper's actions on the hosted page, a session reaching `expires_at`. */
export const NO_API_REQUEST: RequestInfo = { id: null, idempotencyKey: null };

/** What the emulator's operations share: its state, its clock and the way out for events. */
export interface EmulatorContext {
  store: Store;
  clock: Clock;
  /** Base URL of the emulator as a browser reaches it (for sessions' hosted page `url`). */
  publicUrl: string;
  /** Records an event and hands it to webhook delivery. */
  publish(event: StripeEvent): void;
  /** Arms (or re-arms) the timer that expires an open session at its `expires_at`. */
  scheduleExpiry(sessionId: string): void;
}
