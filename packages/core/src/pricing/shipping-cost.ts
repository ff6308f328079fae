import type { ShippingTerms } from "./types";

/**
 * The price of a flat rate for a cart: free once the subtotal after discount reaches the rate's
 * threshold (the discount counts, so a code cannot be used to slip under the threshold unnoticed).
 */
export function shippingCost(
  terms: ShippingTerms,
  discountedSubtotal: number,
): { amount: number; free: boolean } {
  const free = terms.freeOverAmount !== null && discountedSubtotal >= terms.freeOverAmount;
  return { amount: free ? 0 : terms.amount, free };
}
