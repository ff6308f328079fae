import { cart } from "@comptoir/core";
import {
  cartAddItemInput,
  cartApplyDiscountInput,
  cartGetInput,
  cartMergeInput,
  cartRemoveDiscountInput,
  cartRemoveItemInput,
  cartShippingOptionsInput,
  cartUpdateItemInput,
} from "@comptoir/validators";
import type { Context } from "../context";
import { authedProcedure, publicProcedure, router } from "../trpc";

/**
 * Who the cart belongs to: the logged-in customer (their own cart, whatever cartId says), or the
 * guest whose signed cookie holds cartId. Prices never come from the input: the schemas are strict.
 */
function owner(ctx: Context) {
  return { userId: ctx.user?.id ?? null, email: ctx.user?.email ?? null };
}

export const cartRouter = router({
  /** The shopper's cart priced for display; an empty cart (id null) when there is none. */
  get: publicProcedure
    .input(cartGetInput)
    .query(({ ctx, input }) => cart.getCart(ctx.db, { ...input, ...owner(ctx) })),

  /** Adds units of a variant (creating the cart when needed). */
  addItem: publicProcedure
    .input(cartAddItemInput)
    .mutation(({ ctx, input }) => cart.addItem(ctx.db, { ...input, ...owner(ctx) })),

  /** Sets a line's quantity; 0 removes it. */
  updateItem: publicProcedure
    .input(cartUpdateItemInput)
    .mutation(({ ctx, input }) => cart.updateItem(ctx.db, { ...input, ...owner(ctx) })),

  removeItem: publicProcedure
    .input(cartRemoveItemInput)
    .mutation(({ ctx, input }) => cart.removeItem(ctx.db, { ...input, ...owner(ctx) })),

  applyDiscount: publicProcedure
    .input(cartApplyDiscountInput)
    .mutation(({ ctx, input }) => cart.applyDiscount(ctx.db, { ...input, ...owner(ctx) })),

  removeDiscount: publicProcedure
    .input(cartRemoveDiscountInput)
    .mutation(({ ctx, input }) => cart.removeDiscount(ctx.db, { ...input, ...owner(ctx) })),

  /** Shipping methods to a country, priced for the cart; SHIPPING_UNAVAILABLE where the shop does not ship. */
  shippingOptions: publicProcedure
    .input(cartShippingOptionsInput)
    .query(({ ctx, input }) => cart.shippingOptions(ctx.db, { ...input, ...owner(ctx) })),

  /** After login: moves the guest cart (cartId, from the cookie) into the customer's cart. */
  merge: authedProcedure.input(cartMergeInput).mutation(({ ctx, input }) =>
    cart.mergeGuestCart(ctx.db, {
      guestCartId: input.cartId,
      userId: ctx.user.id,
      email: ctx.user.email,
      locale: input.locale,
    }),
  ),
});
