// A cart read and priced for display: lenient, it never throws about the cart's contents but reports
// them (problems, a discount giving 0). Checkout's strict counterpart is price-cart.ts.
import type { Prisma } from "@comptoir/db";
import type { Locale } from "@comptoir/validators";
import {
  priceOrder,
  type DiscountProblem,
  type PricingResult,
  type ShippingTerms,
  type TaxTerms,
} from "../pricing";
import { checkDiscount, discountTermsOf, type Customer } from "./discount-lookup";
import { cartSelect, type CartItemRow, type CartRow, type DbClient } from "./queries";
import { loadStoreSettings, type StoreSettings } from "./store-settings";
import { loadTaxRates } from "./tax-rates";
import { isPurchasable, problemsOf, toCartLine } from "./to-dto";
import type { CartDto } from "./types";

export interface CartState {
  row: CartRow | null;
  settings: StoreSettings;
  currency: string;
  /** The attached code and why it gives nothing now (null: it applies). */
  discountProblem: DiscountProblem | null;
  pricing: PricingResult<{ item: CartItemRow; unitAmount: number; quantity: number }>;
}

export interface CartStateInput {
  where: Prisma.CartWhereInput | null;
  locale: Locale;
  customer?: Customer;
  /** Taxes of this destination; the store's default country when absent. */
  destination?: { country: string; region?: string | null } | null;
  shipping?: ShippingTerms | null;
}

/** Items that can be priced: the others are listed (as problems) but left out of the totals. */
export function pricedItems(row: CartRow | null) {
  return (row?.items ?? [])
    .filter((item) => isPurchasable(item, row?.currency ?? ""))
    .map((item) => ({ item, unitAmount: item.variant.priceAmount, quantity: item.quantity }));
}

export async function loadCartState(db: DbClient, input: CartStateInput): Promise<CartState> {
  const [row, settings] = await Promise.all([
    input.where ? db.cart.findFirst({ where: input.where, select: cartSelect(input.locale) }) : null,
    loadStoreSettings(db),
  ]);
  const destination =
    input.destination ?? (settings.defaultCountry ? { country: settings.defaultCountry } : null);
  const taxes: TaxTerms[] = await loadTaxRates(db, destination);
  const lines = pricedItems(row);
  const subtotal = lines.reduce((sum, line) => sum + line.unitAmount * line.quantity, 0);
  const currency = row?.currency ?? settings.currency;
  const code = row?.discountCode ?? null;
  const problem = code ? await checkDiscount(db, code, { currency, subtotal }, input.customer ?? {}) : null;
  const pricing = priceOrder({
    lines,
    discount: code && !problem ? discountTermsOf(code) : null,
    shipping: input.shipping ?? null,
    taxes,
    pricesIncludeTax: settings.pricesIncludeTax,
  });
  return { row, settings, currency, discountProblem: problem, pricing };
}

export function toCartDto(state: CartState, locale: Locale): CartDto {
  const { row, pricing } = state;
  const items = row?.items ?? [];
  const code = row?.discountCode ?? null;
  const { totals } = pricing;
  return {
    id: row?.id ?? null,
    currency: state.currency,
    itemCount: items.reduce((sum, item) => sum + item.quantity, 0),
    lines: items.map((item) => toCartLine(item, locale)),
    discount: code ? { code: code.code, kind: code.kind, amount: totals.discount } : null,
    totals: {
      subtotal: totals.subtotal,
      discount: totals.discount,
      shipping: totals.shipping,
      tax: totals.tax,
      taxLines: totals.taxLines,
      total: totals.total,
      pricesIncludeTax: totals.pricesIncludeTax,
    },
    problems: problemsOf(items, state.currency),
  };
}
