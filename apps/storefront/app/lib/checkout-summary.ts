// One shape for the order summary the checkout and the confirmation pages show: from the cart and
// the chosen shipping method before payment, from the order's snapshot after. Every amount comes from
// the server; see cartSummary for the one sum made here and why it is exact.
import type { CartDto, orders, ShippingOptionDto } from "@comptoir/api";
import { DEFAULT_COUNTRY, type CheckoutCountry } from "./checkout-data";

export interface SummaryLine {
  key: string;
  name: string;
  /** The variant's options ("250 g · Moulu"); "" when it has none. */
  detail: string;
  quantity: number;
  unitAmount: number;
  total: number;
  imageUrl: string | null;
}

export interface SummaryTax {
  /** VAT, GST, QST, HST...: named in the `checkout` namespace's `taxes` texts. */
  code: string;
  ratePpm: number;
  /** null when the rate is known but not yet the amount (before a shipping method is final). */
  amount: number | null;
}

export interface SummaryView {
  currency: string;
  lines: SummaryLine[];
  subtotal: number;
  discount: number;
  discountCode: string | null;
  /** null until a shipping method is chosen. */
  shipping: { name: string; amount: number; free: boolean } | null;
  pricesIncludeTax: boolean;
  taxes: SummaryTax[];
  /** The destination's taxes are computed with the order, after this page. */
  taxesLater: boolean;
  /** null while it depends on something not chosen or not known yet. */
  total: number | null;
}

/**
 * The checkout page's summary. The cart's taxes are estimated for the shop's own country, so they
 * are shown for that destination only (as rates: the amount included also depends on shipping).
 * With prices including taxes, the total is subtotal − discount + shipping whatever the
 * destination (docs/pricing.md), so the cart's total plus the method's price is the amount the
 * order will charge. With prices before taxes it depends on the destination's taxes, which only
 * the order computes: the page says so rather than show a guess.
 */
export function cartSummary(
  cart: CartDto,
  option: ShippingOptionDto | null,
  country: CheckoutCountry,
): SummaryView {
  const { totals } = cart;
  const taxesKnown = country === DEFAULT_COUNTRY && totals.pricesIncludeTax;
  return {
    currency: cart.currency,
    lines: cart.lines.map((line) => ({
      key: line.variantId,
      name: line.productName,
      detail: line.variantName,
      quantity: line.quantity,
      unitAmount: line.unitAmount,
      total: line.lineSubtotal,
      imageUrl: line.imageUrl,
    })),
    subtotal: totals.subtotal,
    discount: totals.discount,
    discountCode: cart.discount && totals.discount > 0 ? cart.discount.code : null,
    shipping: option ? { name: option.name, amount: option.amount, free: option.free } : null,
    pricesIncludeTax: totals.pricesIncludeTax,
    taxes: taxesKnown ? totals.taxLines.map(({ code, ratePpm }) => ({ code, ratePpm, amount: null })) : [],
    taxesLater: !taxesKnown,
    total: option && totals.pricesIncludeTax ? totals.total + option.amount : null,
  };
}

/** The confirmation page's summary: the order as it was taken, every amount final. */
export function orderSummary(order: orders.OrderSummary): SummaryView {
  const { totals } = order;
  return {
    currency: order.currency,
    lines: order.lines.map((line, index) => ({
      key: `${index}:${line.sku}`,
      name: line.productName,
      detail: line.variantName,
      quantity: line.quantity,
      unitAmount: line.unitAmount,
      total: line.totalAmount,
      imageUrl: null,
    })),
    subtotal: totals.subtotal,
    discount: totals.discount,
    discountCode: order.discountCode,
    shipping: { name: order.shippingMethod.name, amount: totals.shipping, free: totals.shipping === 0 },
    pricesIncludeTax: order.pricesIncludeTax,
    taxes: totals.taxLines.map(({ code, ratePpm, amount }) => ({ code, ratePpm, amount })),
    taxesLater: false,
    total: totals.total,
  };
}
