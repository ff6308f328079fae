import type { Db } from "@comptoir/db";
import { MAX_LINE_QUANTITY } from "@comptoir/validators";
import { DomainError } from "../errors";
import { lockOrCreateCart, lockOwnedCart } from "./cart-lock";
import { getCart, type CartRef } from "./get-cart";
import { assertLineQuantity } from "./line-rules";
import type { DbClient } from "./queries";
import type { CartMutationResult } from "./types";

export interface LineInput extends CartRef {
  variantId: string;
  quantity: number;
}

/** A variant shoppers may buy: it exists and its product is on sale. Anything else is NOT_FOUND. */
async function purchasableVariant(tx: DbClient, variantId: string) {
  const variant = await tx.variant.findFirst({
    where: { id: variantId, product: { status: "ACTIVE" } },
    select: { id: true, currency: true, stock: true },
  });
  if (!variant) throw new DomainError("NOT_FOUND", `variant ${variantId}`);
  return variant;
}

/** Procedures validate quantities with zod; core refuses bad ones too, whoever calls it. */
function assertRequestedQuantity(quantity: number, min: 0 | 1): void {
  if (!Number.isInteger(quantity) || quantity < min || quantity > MAX_LINE_QUANTITY) {
    throw new DomainError("QUANTITY_LIMIT", `requested ${quantity}`);
  }
}

/**
 * Sets one line to the quantity `next(current)` returns (never 0), under the cart's row lock: creates
 * the cart when needed, keeps one currency per cart (an empty cart takes the new item's), and checks
 * the stock and the per-line limit against the quantity the line would end up with.
 */
async function writeLine(db: Db, input: LineInput, next: (current: number) => number): Promise<string> {
  return db.$transaction(async (tx) => {
    const variant = await purchasableVariant(tx, input.variantId);
    const cart = await lockOrCreateCart(tx, { ...input, currency: variant.currency });
    const where = { cartId_variantId: { cartId: cart.id, variantId: variant.id } };
    const line = await tx.cartItem.findUnique({ where, select: { quantity: true } });
    const quantity = next(line?.quantity ?? 0);
    if (cart.currency !== variant.currency) {
      const others = await tx.cartItem.count({ where: { cartId: cart.id, variantId: { not: variant.id } } });
      if (others > 0) throw new DomainError("CURRENCY_MISMATCH", `${variant.currency} into ${cart.currency}`);
    }
    assertLineQuantity(quantity, variant.stock, variant.id);
    await tx.cartItem.upsert({
      where,
      create: { cartId: cart.id, variantId: variant.id, quantity },
      update: { quantity },
      select: { id: true },
    });
    await tx.cart.update({
      where: { id: cart.id },
      data: { currency: variant.currency, updatedAt: new Date() },
      select: { id: true },
    });
    return cart.id;
  });
}

/** Deletes a line if there is one; never creates a cart. */
async function deleteLine(db: Db, input: CartRef & { variantId: string }): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const cart = await lockOwnedCart(tx, input);
    if (!cart) return null;
    const { count } = await tx.cartItem.deleteMany({
      where: { cartId: cart.id, variantId: input.variantId },
    });
    if (count > 0)
      await tx.cart.update({ where: { id: cart.id }, data: { updatedAt: new Date() }, select: { id: true } });
    return cart.id;
  });
}

async function respond(db: Db, input: CartRef, cartId: string | null): Promise<CartMutationResult> {
  // A guest's new cart is found by the id just created; a customer's by their account.
  const cart = await getCart(db, { ...input, cartId: cartId ?? input.cartId });
  return { cartId: cart.id, cart };
}

/** Adds units of a variant, to its existing line if there is one. */
export async function addItem(db: Db, input: LineInput): Promise<CartMutationResult> {
  assertRequestedQuantity(input.quantity, 1);
  const cartId = await writeLine(db, input, (current) => current + input.quantity);
  return respond(db, input, cartId);
}

/** Sets a line's quantity (creating the line if needed); 0 removes the line. */
export async function updateItem(db: Db, input: LineInput): Promise<CartMutationResult> {
  assertRequestedQuantity(input.quantity, 0);
  const cartId =
    input.quantity === 0 ? await deleteLine(db, input) : await writeLine(db, input, () => input.quantity);
  return respond(db, input, cartId);
}

/** Removes a line; removing a line that is not there changes nothing. */
export async function removeItem(
  db: Db,
  input: CartRef & { variantId: string },
): Promise<CartMutationResult> {
  return respond(db, input, await deleteLine(db, input));
}
