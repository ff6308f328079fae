// Checkout URLs: the form, the page Stripe sends a paying shopper back to, and the one it sends a
// shopper who gave up to (which ends the unpaid order and shows the cart again).
import type { Locale } from "@comptoir/validators/locales";
import { PATH_SEGMENTS, queryString } from "./paths";

export const CHECKOUT_SUBPATHS = {
  confirmation: { fr: "confirmation", en: "confirmation" },
  cancelled: { fr: "annulation", en: "cancelled" },
} as const satisfies Record<string, Record<Locale, string>>;

export function cartPath(locale: Locale, query?: Parameters<typeof queryString>[0]): string {
  return `/${locale}/${PATH_SEGMENTS.cart[locale]}${queryString(query)}`;
}

export function checkoutPath(locale: Locale): string {
  return `/${locale}/${PATH_SEGMENTS.checkout[locale]}`;
}

/** Stripe replaces {CHECKOUT_SESSION_ID} in the success URL with the session's id. */
export function checkoutConfirmationPath(locale: Locale, sessionId = "{CHECKOUT_SESSION_ID}"): string {
  // Built by hand: URLSearchParams would escape the braces Stripe looks for.
  return `${checkoutPath(locale)}/${CHECKOUT_SUBPATHS.confirmation[locale]}?session_id=${sessionId}`;
}

export function checkoutCancelledPath(locale: Locale, orderId: string): string {
  return `${checkoutPath(locale)}/${CHECKOUT_SUBPATHS.cancelled[locale]}${queryString({ order: orderId })}`;
}
