import type { Db } from "@comptoir/db";
import type { Locale } from "@comptoir/validators";
import { lockOrCreateCart, lockOwnedCart } from "./cart-lock";
import { getCart } from "./get-cart";
import { mergedQuantity } from "./line-rules";
import type { CartMutationResult } from "./types";

export interface MergeGuestCartInput {
  /** The guest cart from the cookie. */
  guestCartId: string;
  /** The customer who just logged in. */
  userId: string;
  email?: string | null;
  locale: Locale;
}

/**
 * At login, moves the guest cart's lines into the customer's cart and deletes the guest cart.
 * Quantities add up, capped by the stock and the per-line limit (never lowering what the customer
 * already had); lines the customer's cart cannot hold (product no longer on sale, another currency,
 * nothing left in stock) are dropped. The guest's discount code comes along when the customer's cart
 * has none. A guest id that is unknown or belongs to a customer merges nothing.
 */
export async function mergeGuestCart(db: Db, input: MergeGuestCartInput): Promise<CartMutationResult> {
  await db.$transaction(async (tx) => {
    // Guest first, then customer: every merge locks in this order, so two merges cannot deadlock.
    const guest = await lockOwnedCart(tx, { cartId: input.guestCartId });
    if (!guest) return;
    const guestItems = await tx.cartItem.findMany({
      where: { cartId: guest.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        quantity: true,
        variant: { select: { id: true, currency: true, stock: true, product: { select: { status: true } } } },
      },
    });
    const target = await lockOrCreateCart(tx, { userId: input.userId, currency: guest.currency });
    const existing = await tx.cartItem.findMany({
      where: { cartId: target.id },
      select: { variantId: true, quantity: true },
    });
    const currency = existing.length > 0 ? target.currency : guest.currency;
    for (const { quantity, variant } of guestItems) {
      if (variant.product.status !== "ACTIVE" || variant.currency !== currency) continue;
      const current = existing.find((line) => line.variantId === variant.id)?.quantity ?? 0;
      const merged = mergedQuantity(current, quantity, variant.stock);
      if (merged === 0 || merged === current) continue;
      await tx.cartItem.upsert({
        where: { cartId_variantId: { cartId: target.id, variantId: variant.id } },
        create: { cartId: target.id, variantId: variant.id, quantity: merged },
        update: { quantity: merged },
        select: { id: true },
      });
    }
    await tx.cart.update({
      where: { id: target.id },
      data: {
        currency,
        discountCodeId: target.discountCodeId ?? guest.discountCodeId,
        updatedAt: new Date(),
      },
      select: { id: true },
    });
    await tx.cart.delete({ where: { id: guest.id }, select: { id: true } });
  });
  const cart = await getCart(db, { userId: input.userId, email: input.email, locale: input.locale });
  return { cartId: cart.id, cart };
}
