// Idempotency keys derived from our own ids.
//
// Stripe remembers, for 24 hours, the response to each POST that carried an Idempotency-Key, and answers
// a repeat of the same key with that response instead of acting again. A random key only protects the
// SDK's own network retries; a key derived from a business id also protects against our retries: a
// double-clicked "Pay" button, a job that runs twice, a process that dies between calling Stripe and
// saving the answer. The same order then opens one Checkout Session and the same refund is paid once.
// Stripe rejects a reused key sent with different parameters, which is why a genuinely new attempt
// (a second refund, a new session after the first one expired) must get a new key: its sequence number.

const MAX_KEY_LENGTH = 255;
const SAFE_ID = /^[A-Za-z0-9_-]+$/;

function part(value: string, label: string): string {
  if (!SAFE_ID.test(value))
    throw new RangeError(`${label} must be a non-empty id made of letters, digits, _ or -`);
  return value;
}

function sequence(value: number, label: string): number {
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${label} must be a positive integer`);
  return value;
}

function key(...parts: string[]): string {
  const joined = parts.join(":");
  if (joined.length > MAX_KEY_LENGTH)
    throw new RangeError(`Idempotency keys are at most ${MAX_KEY_LENGTH} characters`);
  return joined;
}

/**
 * Key of the Checkout Session opened for an order: `checkout:<orderId>` for the first one, then
 * `checkout:<orderId>:<attempt>` when the shopper comes back after the previous session expired.
 */
export function checkoutSessionKey(orderId: string, attempt = 1): string {
  const id = part(orderId, "orderId");
  return sequence(attempt, "attempt") === 1 ? key("checkout", id) : key("checkout", id, String(attempt));
}

/**
 * Key of the n-th refund of an order (`refund:<orderId>:<n>`, n from 1): retrying refund 2 replays it,
 * while refund 3 is a new one. Take n from the refunds already recorded for the order, in the same
 * transaction that records the new one.
 */
export function refundKey(orderId: string, refundNumber: number): string {
  return key("refund", part(orderId, "orderId"), String(sequence(refundNumber, "refundNumber")));
}

/** Key of a session's expiry (`expire:<sessionId>`), e.g. when an order is cancelled before payment. */
export function expireSessionKey(checkoutSessionId: string): string {
  return key("expire", part(checkoutSessionId, "checkoutSessionId"));
}
