import type { Locale } from "@comptoir/validators";
import { loadCartState, toCartDto } from "./cart-state";
import type { Customer } from "./discount-lookup";
import { ownedCartWhere, type DbClient } from "./queries";
import type { CartDto } from "./types";

export interface CartRef extends Customer {
  /** The guest cart's id (from the signed cookie); ignored for a logged-in customer. */
  cartId?: string | null;
  locale: Locale;
}

/**
 * The shopper's cart priced for display, with taxes estimated for the store's country. An unknown
 * id, or the id of someone else's cart, gives the same empty cart as no id at all.
 * A fixed number of queries whatever the number of lines.
 */
export async function getCart(db: DbClient, input: CartRef): Promise<CartDto> {
  const state = await loadCartState(db, {
    where: ownedCartWhere(input),
    locale: input.locale,
    customer: input,
  });
  return toCartDto(state, input.locale);
}
