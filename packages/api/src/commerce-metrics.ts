// Business counters recorded where the API calls core (core itself stays free of metrics): orders
// created and checkout failures around startCheckout, payments confirmed or failed and webhook
// outcomes around handlePaymentEvent. Dashboards and alerts read them (deploy/grafana, prometheus).
import { DomainError, type orders } from "@comptoir/core";
import { getMetrics } from "@comptoir/observability";
import { TRPCError } from "@trpc/server";

/** Runs a checkout start: an order is counted when it succeeds, a failure by its code otherwise. */
export async function countCheckout<T>(start: () => Promise<T>): Promise<T> {
  const metrics = getMetrics();
  try {
    const started = await start();
    metrics.ordersCreated.inc();
    return started;
  } catch (error) {
    metrics.checkoutFailures.inc({ code: failureCode(error) });
    throw error;
  }
}

function failureCode(error: unknown): string {
  if (error instanceof DomainError) return error.code;
  if (error instanceof TRPCError) return error.code;
  return "INTERNAL";
}

/** The part of a Stripe event the counters read. */
interface CountedEvent {
  type: string;
  data: { object: unknown };
}

/**
 * Counts a webhook event by type and outcome ("processed", "duplicate", "ignored", "rejected" for
 * a bad signature, "failed" when applying it failed); a first delivery of a payment confirmation
 * or failure also counts as an order paid or a failed payment.
 */
export function countPaymentEvent(
  event: CountedEvent | undefined,
  outcome: orders.PaymentEventResult | "rejected" | "failed",
): void {
  const metrics = getMetrics();
  // A rejected event's type is unverified: a forged payload must not invent label values.
  const type = event?.type ?? "unknown";
  metrics.webhookEvents.inc({ source: "stripe", type, outcome });
  if (outcome !== "processed" || !event) return;
  if (type === "checkout.session.completed" || type === "checkout.session.async_payment_succeeded") {
    const session = event.data.object as { payment_status?: string };
    // A delayed payment method completes the session unpaid: its own success event follows.
    if (session.payment_status !== "unpaid") metrics.ordersPaid.inc();
  } else if (type === "checkout.session.async_payment_failed" || type === "payment_intent.payment_failed") {
    metrics.paymentFailures.inc();
  }
}
