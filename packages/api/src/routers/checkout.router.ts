import { checkout, orders } from "@comptoir/core";
import { checkoutCancelledPath, checkoutConfirmationPath } from "@comptoir/i18n";
import { checkoutCancelInput, checkoutConfirmationInput, checkoutStartInput } from "@comptoir/validators";
import { TRPCError } from "@trpc/server";
import { countCheckout } from "../commerce-metrics";
import type { Context } from "../context";
import { publicProcedure, router } from "../trpc";

function originOf(ctx: Context): string {
  if (!ctx.origin) throw new TRPCError({ code: "BAD_REQUEST", message: "ORIGIN_UNKNOWN" });
  return ctx.origin;
}

export const checkoutRouter = router({
  /**
   * Turns the shopper's cart into a pending order (stock held for 30 minutes) and opens its payment
   * page. Answers the URL to send the shopper to.
   */
  start: publicProcedure.input(checkoutStartInput).mutation(({ ctx, input }) =>
    countCheckout(async () => {
      const origin = originOf(ctx);
      const { stripe, effects } = await ctx.commerce();
      return checkout.startCheckout(
        ctx.db,
        { ...input, cartId: input.cartId ?? null, userId: ctx.user?.id ?? null },
        {
          stripe,
          effects,
          returnUrls: (order) => ({
            successUrl: new URL(checkoutConfirmationPath(input.locale), origin).toString().replace(
              // URL encodes the braces Stripe looks for; put them back.
              "%7BCHECKOUT_SESSION_ID%7D",
              "{CHECKOUT_SESSION_ID}",
            ),
            cancelUrl: new URL(checkoutCancelledPath(input.locale, order.id), origin).toString(),
          }),
        },
      );
    }),
  ),

  /** The order a shopper comes back to from the payment page; the session id is its key. */
  confirmation: publicProcedure
    .input(checkoutConfirmationInput)
    .query(({ ctx, input }) => orders.getOrderSummary(ctx.db, { checkoutSessionId: input.sessionId })),

  /** The shopper left the payment page: their unpaid order ends and its stock goes back on sale. */
  cancel: publicProcedure.input(checkoutCancelInput).mutation(async ({ ctx, input }) => {
    const { stripe, effects } = await ctx.commerce();
    await checkout.cancelCheckout(ctx.db, { ...input, userId: ctx.user?.id ?? null }, { stripe, effects });
    return { cancelled: true };
  }),
});
