import Stripe from "stripe";

export type WebhookSignatureProblem = "missing" | "invalid" | "stale";

/**
 * The request is not a genuine, fresh event from Stripe (or the emulator). The webhook route answers
 * 400 and does nothing: Stripe shows the failure in the Dashboard, and a forged request changes no order.
 */
export class WebhookSignatureError extends Error {
  override readonly name = "WebhookSignatureError";

  constructor(
    readonly problem: WebhookSignatureProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * Checks the `Stripe-Signature` header of a webhook request against the endpoint's secret and returns
 * the event. `rawBody` must be the body exactly as received: re-serialised JSON no longer matches the
 * signature. Events older than `toleranceSec` are refused, so a captured request cannot be replayed
 * later; the route must still be idempotent on `event.id`, since Stripe itself redelivers.
 */
export function verifyWebhook(
  rawBody: string,
  signatureHeader: string | null,
  secret: string,
  toleranceSec = 300,
): Stripe.Event {
  // The SDK reads a tolerance of 0 as "skip the timestamp check": never let a caller do that by accident.
  if (!(toleranceSec > 0)) throw new RangeError("toleranceSec must be a positive number of seconds");
  if (!signatureHeader || signatureHeader.trim() === "") {
    throw new WebhookSignatureError("missing", "The request has no Stripe-Signature header");
  }
  try {
    return Stripe.webhooks.constructEvent(rawBody, signatureHeader, secret, toleranceSec);
  } catch (error) {
    // Not only StripeSignatureVerificationError: a header with an empty `v1=` makes the SDK throw a
    // plain Error. Whatever the reason, an unverifiable request is the sender's fault (400), not ours.
    const stale =
      error instanceof Stripe.errors.StripeSignatureVerificationError &&
      error.message.startsWith("Timestamp outside the tolerance zone");
    throw new WebhookSignatureError(
      stale ? "stale" : "invalid",
      stale ? "The webhook signature is too old" : "The webhook signature does not match the body",
      { cause: error },
    );
  }
}
