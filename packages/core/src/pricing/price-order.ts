import { allocate, sum } from "./arithmetic";
import { discountAmount } from "./discount-amount";
import { shippingCost } from "./shipping-cost";
import { computeTaxes } from "./taxes";
import type { PricingInput, PricingLineInput, PricingResult } from "./types";

/** Lines per cart are capped (99 units each), so a line subtotal stays far below 2^53. */
function lineSubtotal(line: PricingLineInput): number {
  if (!Number.isSafeInteger(line.unitAmount) || line.unitAmount < 0) {
    throw new RangeError(`unitAmount must be a non-negative integer, got ${line.unitAmount}`);
  }
  if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
    throw new RangeError(`quantity must be a positive integer, got ${line.quantity}`);
  }
  return line.unitAmount * line.quantity;
}

/**
 * Prices an order from its lines, discount, shipping rate and destination taxes (see docs/pricing.md):
 *
 * 1. subtotal = Σ unit × quantity;
 * 2. discount on the subtotal, shared over the lines in proportion to their subtotals;
 * 3. shipping from the rate, free over its threshold (compared with the discounted subtotal);
 * 4. taxes on the lines after discount and on shipping, rounded once per tax, shared over them;
 * 5. total = subtotal − discount + shipping (+ taxes when they are not included in the prices).
 *
 * Every per-line amount adds up exactly to the order's, so order items can be snapshotted as is.
 */
export function priceOrder<Line extends PricingLineInput>(input: PricingInput<Line>): PricingResult<Line> {
  const subtotals = input.lines.map(lineSubtotal);
  const subtotal = sum(subtotals);
  const discount = discountAmount(input.discount, subtotal);
  const lineDiscounts = allocate(discount, subtotals);
  const lineBases = subtotals.map((amount, index) => amount - (lineDiscounts[index] ?? 0));

  const shipping = input.shipping ? shippingCost(input.shipping, subtotal - discount) : null;
  const bases = shipping ? [...lineBases, shipping.amount] : lineBases;
  const { taxLines, perBase } = computeTaxes(bases, input.taxes, input.pricesIncludeTax);
  const added = input.pricesIncludeTax ? 0 : 1;

  const lines = input.lines.map((line, index) => {
    const base = lineBases[index] ?? 0;
    const tax = perBase[index] ?? 0;
    return {
      ...line,
      subtotal: subtotals[index] ?? 0,
      discount: lineDiscounts[index] ?? 0,
      tax,
      total: base + tax * added,
    };
  });
  const shippingTax = shipping ? (perBase[lineBases.length] ?? 0) : 0;
  const tax = sum(taxLines.map((line) => line.amount));
  const shippingAmount = shipping?.amount ?? 0;
  return {
    lines,
    totals: {
      subtotal,
      discount,
      shipping: shipping ? shipping.amount : null,
      shippingFree: shipping?.free ?? false,
      shippingTax,
      tax,
      taxLines,
      total: subtotal - discount + shippingAmount + tax * added,
      pricesIncludeTax: input.pricesIncludeTax,
    },
  };
}
