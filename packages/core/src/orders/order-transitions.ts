// The order state machine's table: which status may follow which. Every change of Order.status goes
// through transitionOrder (./transition-order.ts), which consults this table; nothing else writes it.
import type { OrderStatus } from "@comptoir/db";

const NEXT: Record<OrderStatus, readonly OrderStatus[]> = {
  // Unpaid: the payment succeeds, or the checkout is abandoned (expired, cancelled, failed for good).
  PENDING: ["PAID", "CANCELLED"],
  // Paid: shipped, cancelled by staff (refund and restock follow), or refunded from the provider.
  PAID: ["FULFILLED", "CANCELLED", "PARTIALLY_REFUNDED", "REFUNDED"],
  FULFILLED: ["DELIVERED", "PARTIALLY_REFUNDED", "REFUNDED"],
  DELIVERED: ["PARTIALLY_REFUNDED", "REFUNDED"],
  // A partial refund does not stop the order: it may still ship, and be refunded further.
  PARTIALLY_REFUNDED: ["PARTIALLY_REFUNDED", "FULFILLED", "DELIVERED", "REFUNDED"],
  CANCELLED: [],
  REFUNDED: [],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return NEXT[from].includes(to);
}

export function nextStatuses(from: OrderStatus): readonly OrderStatus[] {
  return NEXT[from];
}

/** The status an order takes once `refunded` of its `total` has been refunded. */
export function statusAfterRefund(refunded: number, total: number): OrderStatus | null {
  if (refunded <= 0) return null;
  return refunded >= total ? "REFUNDED" : "PARTIALLY_REFUNDED";
}

/** Statuses in which the customer has paid (and not been refunded in full). */
export const PAID_STATUSES: readonly OrderStatus[] = ["PAID", "FULFILLED", "DELIVERED", "PARTIALLY_REFUNDED"];
