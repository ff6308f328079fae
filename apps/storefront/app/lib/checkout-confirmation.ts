// The confirmation page's states. The shopper usually arrives before Stripe's webhook has marked the
// order paid: the page then checks again every few seconds, for about a minute, and after that says
// that the confirmation email will follow (the order is paid or not whether or not they wait).
import type { orders } from "@comptoir/api";
import { checkoutConfirmationPath, type Locale } from "@comptoir/i18n";

export const CONFIRMATION_CHECK_SECONDS = 2;
/** 30 checks, 2 s apart: about a minute. */
export const CONFIRMATION_MAX_CHECKS = 30;

export type ConfirmationState = "paid" | "pending" | "slow" | "cancelled" | "refunded";

/** What the page says for an order in `status` after `checks` re-checks. */
export function confirmationStateOf(
  status: orders.OrderSummary["status"],
  checks: number,
): ConfirmationState {
  switch (status) {
    case "PENDING":
      return checks >= CONFIRMATION_MAX_CHECKS ? "slow" : "pending";
    case "CANCELLED":
      return "cancelled";
    case "REFUNDED":
      return "refunded";
    default:
      return "paid";
  }
}

/** The number of checks already made, from the URL's `check` parameter (anything odd is 0). */
export function checksFrom(value: string | null): number {
  const checks = /^\d{1,3}$/.test(value ?? "") ? Number(value) : 0;
  return Math.min(checks, CONFIRMATION_MAX_CHECKS);
}

/**
 * The page to reload without JavaScript (a meta refresh): the same order, one more check counted
 * in the URL, since nothing else remembers how long the shopper has waited.
 */
export function nextCheckPath(locale: Locale, sessionId: string, checks: number): string {
  return `${checkoutConfirmationPath(locale, sessionId)}&check=${checks + 1}`;
}
