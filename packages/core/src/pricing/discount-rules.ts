import type { DiscountKind } from "./types";

/** The columns of a discount code that its rules read. */
export interface DiscountRules {
  kind: DiscountKind;
  currency: string | null;
  active: boolean;
  startsAt: Date | null;
  endsAt: Date | null;
  minimumSubtotal: number;
  usageLimit: number | null;
  timesUsed: number;
  perCustomerLimit: number | null;
}

export type DiscountProblem =
  "DISCOUNT_NOT_ACTIVE" | "DISCOUNT_USAGE_LIMIT" | "DISCOUNT_CUSTOMER_LIMIT" | "DISCOUNT_MINIMUM_NOT_MET";

export interface DiscountContext {
  now: Date;
  /** The cart's currency: a fixed amount only makes sense in its own currency. */
  currency: string;
  /** The cart's subtotal before any discount. */
  subtotal: number;
  /** Orders of this customer (by email or account) that used the code; null when nobody is known yet. */
  customerUses: number | null;
}

/**
 * Why a code cannot be used now, or null when it can. Checked in this order, so the shopper hears
 * first about what they cannot change (the code is off or used up), last about what they can (the
 * minimum). startsAt is inclusive, endsAt exclusive. A fixed amount in another currency than the
 * cart's is "not active" for that cart.
 */
export function discountProblem(rules: DiscountRules, context: DiscountContext): DiscountProblem | null {
  const { now } = context;
  const started = !rules.startsAt || rules.startsAt.getTime() <= now.getTime();
  const notEnded = !rules.endsAt || now.getTime() < rules.endsAt.getTime();
  const sameCurrency = rules.kind !== "FIXED_AMOUNT" || rules.currency === context.currency;
  if (!rules.active || !started || !notEnded || !sameCurrency) return "DISCOUNT_NOT_ACTIVE";
  if (rules.usageLimit !== null && rules.timesUsed >= rules.usageLimit) return "DISCOUNT_USAGE_LIMIT";
  if (
    rules.perCustomerLimit !== null &&
    context.customerUses !== null &&
    context.customerUses >= rules.perCustomerLimit
  ) {
    return "DISCOUNT_CUSTOMER_LIMIT";
  }
  if (context.subtotal < rules.minimumSubtotal) return "DISCOUNT_MINIMUM_NOT_MET";
  return null;
}
