import type { Db } from "@comptoir/db";
import { DomainError } from "../errors";
import { pricedItems } from "./cart-state";
import { lockOwnedCart } from "./cart-lock";
import { checkDiscount } from "./discount-lookup";
import { getCart, type CartRef } from "./get-cart";
import { cartSelect, discountRulesSelect } from "./queries";
import type { CartMutationResult } from "./types";

/**
 * Attaches a discount code to the cart after checking every rule that can be checked now: the
 * code exists, is on, has uses left, this customer has not used it up (when they are logged in;
 * checkout checks a guest's email), and the cart reaches its minimum. Replaces any previous code.
 */
export async function applyDiscount(db: Db, input: CartRef & { code: string }): Promise<CartMutationResult> {
  const code = input.code.trim().toUpperCase();
  const cartId = await db.$transaction(async (tx) => {
    const discount = await tx.discountCode.findUnique({ where: { code }, select: discountRulesSelect });
    if (!discount) throw new DomainError("DISCOUNT_NOT_FOUND", code);
    const locked = await lockOwnedCart(tx, input);
    const cart =
      locked && (await tx.cart.findUnique({ where: { id: locked.id }, select: cartSelect(input.locale) }));
    const lines = pricedItems(cart ?? null);
    if (!cart || lines.length === 0) throw new DomainError("CART_EMPTY");
    const subtotal = lines.reduce((sum, line) => sum + line.unitAmount * line.quantity, 0);
    const problem = await checkDiscount(tx, discount, { currency: cart.currency, subtotal }, input);
    if (problem) throw new DomainError(problem, code);
    await tx.cart.update({
      where: { id: cart.id },
      data: { discountCodeId: discount.id },
      select: { id: true },
    });
    return cart.id;
  });
  const cart = await getCart(db, { ...input, cartId });
  return { cartId: cart.id, cart };
}

/** Detaches the cart's discount code, if any. */
export async function removeDiscount(db: Db, input: CartRef): Promise<CartMutationResult> {
  const cartId = await db.$transaction(async (tx) => {
    const cart = await lockOwnedCart(tx, input);
    if (cart?.discountCodeId) {
      await tx.cart.update({ where: { id: cart.id }, data: { discountCodeId: null }, select: { id: true } });
    }
    return cart?.id ?? null;
  });
  const cart = await getCart(db, { ...input, cartId: cartId ?? input.cartId });
  return { cartId: cart.id, cart };
}
