import { loadCartState } from "./cart-state";
import type { CartRef } from "./get-cart";
import { ownedCartWhere, type DbClient } from "./queries";
import { ratesFor, toShippingOption } from "./shipping";
import type { ShippingDestination, ShippingOptionDto } from "./types";

/**
 * The shipping methods offered to the shopper's cart for a destination, priced for that cart (free
 * over a rate's threshold). Without a cart, the prices of an empty cart in the store's currency.
 */
export async function shippingOptions(
  db: DbClient,
  input: CartRef & ShippingDestination,
): Promise<ShippingOptionDto[]> {
  const state = await loadCartState(db, {
    where: ownedCartWhere(input),
    locale: input.locale,
    customer: input,
    destination: { country: input.country, region: input.region },
  });
  const { rates } = await ratesFor(db, {
    country: input.country,
    currency: state.currency,
    locale: input.locale,
  });
  const discounted = state.pricing.totals.subtotal - state.pricing.totals.discount;
  return rates.map((rate) => toShippingOption(rate, discounted));
}
