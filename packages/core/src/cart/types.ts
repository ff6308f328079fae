// The cart's DTOs: what the cart procedures return and the client package exposes. Never Prisma types.
// Amounts are integers in minor units of the cart's currency.
import type { Locale } from "@comptoir/validators";
import type { PricingTotals } from "../pricing";

export type CartProblemCode = "INSUFFICIENT_STOCK" | "OUT_OF_STOCK" | "UNAVAILABLE";

export interface CartLineDto {
  variantId: string;
  productId: string;
  sku: string;
  productName: string;
  productSlug: string;
  /** The variant's option values, e.g. "250 g · Moulu"; "" for a product without options. */
  variantName: string;
  imageUrl: string | null;
  /** Today's price: a cart never keeps the price an item had when it was added. */
  unitAmount: number;
  /** A former price, only when it is above the price. */
  compareAtAmount: number | null;
  quantity: number;
  lineSubtotal: number;
  /** Units for sale now (already net of the units held for pending orders). */
  stock: number;
}

export interface CartDiscountDto {
  code: string;
  kind: "PERCENTAGE" | "FIXED_AMOUNT";
  /** What it takes off now; 0 while the cart does not qualify (e.g. below the code's minimum). */
  amount: number;
}

export interface CartTaxLineDto {
  /** Names the tax in the resource files, e.g. "VAT", "GST", "QST", "HST". */
  code: string;
  ratePpm: number;
  amount: number;
}

export interface CartTotalsDto {
  subtotal: number;
  discount: number;
  /** null until a shipping method is chosen (checkout). */
  shipping: number | null;
  /** Taxes included in the total (pricesIncludeTax) or added to it. */
  tax: number;
  taxLines: CartTaxLineDto[];
  total: number;
  pricesIncludeTax: boolean;
}

export interface CartProblemDto {
  variantId: string;
  code: CartProblemCode;
}

export interface CartDto {
  /** null when the shopper has no cart yet. */
  id: string | null;
  currency: string;
  /** Units in the cart, all lines together. */
  itemCount: number;
  lines: CartLineDto[];
  discount: CartDiscountDto | null;
  totals: CartTotalsDto;
  /** Lines that cannot be bought as they are; checkout refuses the cart until they are fixed. */
  problems: CartProblemDto[];
}

/** What every cart mutation answers: the cart to remember (cookie) and its new state. */
export interface CartMutationResult {
  cartId: string | null;
  cart: CartDto;
}

export interface ShippingOptionDto {
  /** The shipping rate's id: what checkout sends back as the chosen method. */
  id: string;
  key: string;
  name: string;
  /** What this cart would pay: 0 when free. */
  amount: number;
  currency: string;
  free: boolean;
  minDays: number | null;
  maxDays: number | null;
}

/** One order line as checkout snapshots it. */
export interface PricedCartLine {
  variantId: string;
  productId: string;
  sku: string;
  productName: string;
  variantName: string;
  unitAmount: number;
  quantity: number;
  subtotal: number;
  discount: number;
  tax: number;
  total: number;
}

/** The chosen shipping method, as stored on the order. */
export interface ShippingMethodSnapshot {
  rateId: string;
  zoneKey: string;
  key: string;
  name: string;
  amount: number;
  currency: string;
  free: boolean;
  minDays: number | null;
  maxDays: number | null;
}

export interface ShippingDestination {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** The province or state code, where taxes depend on it (CA). */
  region?: string | null;
}

/** A cart priced for checkout: every amount the order and its items store. */
export interface PricedCart {
  cartId: string;
  locale: Locale;
  currency: string;
  pricesIncludeTax: boolean;
  lines: PricedCartLine[];
  totals: PricingTotals;
  shippingMethod: ShippingMethodSnapshot | null;
  /** The code row to redeem (DiscountRedemption, timesUsed), or null. */
  discountCodeId: string | null;
  discount: { id: string; code: string; kind: "PERCENTAGE" | "FIXED_AMOUNT"; amount: number } | null;
}
