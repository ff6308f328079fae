// The one function checkout calls to snapshot an order: strict where the cart page is lenient.
import type { Locale } from "@comptoir/validators";
import { DomainError } from "../errors";
import { priceOrder } from "../pricing";
import { lockCartForCheckout } from "./cart-lock";
import { checkDiscount, discountTermsOf } from "./discount-lookup";
import { lineProblem } from "./line-rules";
import { cartSelect, type CartItemRow, type DbClient } from "./queries";
import { ratesFor, toShippingSnapshot, type ShippingRateRow } from "./shipping";
import { loadStoreSettings } from "./store-settings";
import { loadTaxRates } from "./tax-rates";
import { toCartLine } from "./to-dto";
import type { PricedCart, PricedCartLine, ShippingDestination } from "./types";

export interface PriceCartInput {
  cartId: string;
  /** The logged-in customer: their cart, or a guest cart they hold, may be priced. */
  userId?: string | null;
  locale: Locale;
  /** The buyer's email: per-customer discount limits are checked against it. */
  email?: string | null;
  /** Where the order ships: picks the shipping zone and the taxes. */
  destination?: ShippingDestination | null;
  /** The chosen shipping rate (a ShippingOptionDto id); requires a destination. */
  shippingRateId?: string | null;
  now?: Date;
}

function assertBuyable(item: CartItemRow, currency: string): void {
  const { variant } = item;
  if (variant.currency !== currency) throw new DomainError("CURRENCY_MISMATCH", `variant ${variant.id}`);
  const problem = lineProblem({
    quantity: item.quantity,
    stock: variant.stock,
    purchasable: variant.product.status === "ACTIVE",
  });
  // A product taken off sale since it was added: the shopper must look at their cart again.
  if (problem === "UNAVAILABLE") throw new DomainError("CART_CHANGED", `variant ${variant.id} unavailable`);
  if (problem) throw new DomainError(problem, `variant ${variant.id}: ${item.quantity} > ${variant.stock}`);
}

/**
 * Prices the cart for an order, re-checking everything: stock of every line, the discount code's
 * rules (usage and per-customer limits for this email), the shipping method for the destination.
 * Throws CART_EMPTY, CART_CHANGED, OUT_OF_STOCK, INSUFFICIENT_STOCK, CURRENCY_MISMATCH, DISCOUNT_*,
 * SHIPPING_UNAVAILABLE or SHIPPING_METHOD_INVALID. Pass the checkout's transaction client as `db`:
 * the cart row stays locked until it commits. Reads only; reserving stock is checkout's job.
 */
export async function priceCart(db: DbClient, input: PriceCartInput): Promise<PricedCart> {
  const locked = await lockCartForCheckout(db, input);
  const [cart, settings] = await Promise.all([
    locked ? db.cart.findUnique({ where: { id: locked.id }, select: cartSelect(input.locale) }) : null,
    loadStoreSettings(db),
  ]);
  if (!cart || cart.items.length === 0) throw new DomainError("CART_EMPTY");
  for (const item of cart.items) assertBuyable(item, cart.currency);

  const destination =
    input.destination ?? (settings.defaultCountry ? { country: settings.defaultCountry } : null);
  const [taxes, shipping] = await Promise.all([
    loadTaxRates(db, destination),
    chosenRate(db, input, cart.currency),
  ]);

  const lines = cart.items.map((item) => ({
    item,
    unitAmount: item.variant.priceAmount,
    quantity: item.quantity,
  }));
  const subtotal = lines.reduce((sum, line) => sum + line.unitAmount * line.quantity, 0);
  const code = cart.discountCode;
  if (code) {
    const customer = { userId: input.userId, email: input.email };
    const problem = await checkDiscount(db, code, { currency: cart.currency, subtotal }, customer, input.now);
    if (problem) throw new DomainError(problem, code.code);
  }

  const pricing = priceOrder({
    lines,
    discount: code ? discountTermsOf(code) : null,
    shipping: shipping?.rate ?? null,
    taxes,
    pricesIncludeTax: settings.pricesIncludeTax,
  });
  const { totals } = pricing;
  return {
    cartId: cart.id,
    locale: input.locale,
    currency: cart.currency,
    pricesIncludeTax: settings.pricesIncludeTax,
    lines: pricing.lines.map((line): PricedCartLine => {
      const dto = toCartLine(line.item, input.locale);
      return {
        variantId: dto.variantId,
        productId: dto.productId,
        sku: dto.sku,
        productName: dto.productName,
        variantName: dto.variantName,
        unitAmount: line.unitAmount,
        quantity: line.quantity,
        subtotal: line.subtotal,
        discount: line.discount,
        tax: line.tax,
        total: line.total,
      };
    }),
    totals,
    shippingMethod: shipping
      ? toShippingSnapshot(shipping.zoneKey, shipping.rate, {
          amount: totals.shipping ?? 0,
          free: totals.shippingFree,
        })
      : null,
    discountCodeId: code?.id ?? null,
    discount: code ? { id: code.id, code: code.code, kind: code.kind, amount: totals.discount } : null,
  };
}

/** The chosen rate, which must be one the destination's zone offers in the cart's currency. */
async function chosenRate(
  db: DbClient,
  input: PriceCartInput,
  currency: string,
): Promise<{ zoneKey: string; rate: ShippingRateRow } | null> {
  if (!input.destination) {
    if (input.shippingRateId) throw new DomainError("SHIPPING_METHOD_INVALID", "no destination");
    return null;
  }
  const { zoneKey, rates } = await ratesFor(db, {
    country: input.destination.country,
    currency,
    locale: input.locale,
  });
  if (!input.shippingRateId) return null;
  const rate = rates.find((candidate) => candidate.id === input.shippingRateId);
  if (!rate) throw new DomainError("SHIPPING_METHOD_INVALID", input.shippingRateId);
  return { zoneKey, rate };
}
