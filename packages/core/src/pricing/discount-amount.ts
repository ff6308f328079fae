import { divideHalfUp, toAmount } from "./arithmetic";
import type { DiscountTerms } from "./types";

/**
 * What a discount takes off a subtotal: a percentage rounded half-up to the minor unit, or a fixed
 * amount; never more than the subtotal, so a total never goes below zero.
 */
export function discountAmount(terms: DiscountTerms | null, subtotal: number): number {
  if (!terms || subtotal <= 0) return 0;
  const raw =
    terms.kind === "PERCENTAGE"
      ? toAmount(divideHalfUp(BigInt(subtotal) * BigInt(terms.percentOff ?? 0), 100n))
      : (terms.amountOff ?? 0);
  return Math.min(Math.max(raw, 0), subtotal);
}
