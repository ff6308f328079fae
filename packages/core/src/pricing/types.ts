// The pricing engine's inputs and outputs: plain integers (minor units) and ppm rates, no database rows.

export type DiscountKind = "PERCENTAGE" | "FIXED_AMOUNT";

/** What a discount takes off, once its rules (dates, limits, minimum) have been checked. */
export interface DiscountTerms {
  kind: DiscountKind;
  /** 1-100, for PERCENTAGE. */
  percentOff: number | null;
  /** Minor units of the cart's currency, for FIXED_AMOUNT. */
  amountOff: number | null;
}

/** A shipping rate's price rule. */
export interface ShippingTerms {
  amount: number;
  /** Shipping is free when the discounted subtotal reaches this amount; null: never free. */
  freeOverAmount: number | null;
}

/** One tax applying at the destination; ratePpm in parts per million (9.975 % = 99750). */
export interface TaxTerms {
  code: string;
  ratePpm: number;
}

export interface PricingLineInput {
  unitAmount: number;
  quantity: number;
}

export interface PricingInput<Line extends PricingLineInput = PricingLineInput> {
  lines: readonly Line[];
  discount: DiscountTerms | null;
  /** null: no shipping method chosen yet (the cart page), so no shipping in the totals. */
  shipping: ShippingTerms | null;
  taxes: readonly TaxTerms[];
  /** true: prices (and shipping) include the taxes, which are extracted; false: taxes are added. */
  pricesIncludeTax: boolean;
}

export interface PricedLineAmounts {
  /** unitAmount × quantity. */
  subtotal: number;
  /** This line's share of the order discount. */
  discount: number;
  /** This line's share of the taxes (included in or added to its price). */
  tax: number;
  /** What the line costs after discount, taxes included. */
  total: number;
}

export interface TaxLine {
  code: string;
  ratePpm: number;
  amount: number;
}

export interface PricingTotals {
  subtotal: number;
  discount: number;
  /** Shipping price (0 when free); null when no method is chosen. */
  shipping: number | null;
  shippingFree: boolean;
  /** The part of `tax` that falls on shipping (the rest is the lines' `tax`). */
  shippingTax: number;
  tax: number;
  taxLines: TaxLine[];
  total: number;
  pricesIncludeTax: boolean;
}

export interface PricingResult<Line extends PricingLineInput = PricingLineInput> {
  lines: (Line & PricedLineAmounts)[];
  totals: PricingTotals;
}
