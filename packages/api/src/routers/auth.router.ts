import { authenticateWithPassword, endSession, isStaffRole, startSession } from "@comptoir/auth";
import { cart, DomainError } from "@comptoir/core";
import { cartIdSchema, localeSchema, passwordLoginInput } from "@comptoir/validators";
import { authedProcedure, publicProcedure, router } from "../trpc";

/**
 * A storefront login may carry the shopper's guest cart (the id from its cookie): it merges into the
 * customer's cart, so what they picked before logging in is still there after.
 */
const loginInput = passwordLoginInput.extend({
  guestCartId: cartIdSchema.optional(),
  locale: localeSchema.optional(),
});

export const authRouter = router({
  /** The logged-in user of this app, or null. */
  me: publicProcedure.query(({ ctx }) => ctx.user),

  /**
   * Email + password login for the context's audience. The admin only admits staff; a customer
   * gets the same INVALID_CREDENTIALS answer as a wrong password, so nothing is revealed.
   */
  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
    const user = await authenticateWithPassword(ctx.db, input);
    if (!user || (ctx.audience === "admin" && !isStaffRole(user.role))) {
      throw new DomainError("INVALID_CREDENTIALS");
    }
    // A new session id at every login: a session fixed before login is never promoted.
    if (ctx.sessionId) await endSession(ctx.db, ctx.audience, ctx.sessionId);
    const session = await startSession(ctx.db, ctx.audience, user.id);
    ctx.resHeaders.append("Set-Cookie", session.setCookie);
    if (ctx.audience === "storefront" && input.guestCartId) {
      await cart.mergeGuestCart(ctx.db, {
        guestCartId: input.guestCartId,
        userId: user.id,
        email: user.email,
        locale: input.locale ?? user.locale,
      });
    }
    return { user };
  }),

  /** Ends the current session server-side and clears the cookie. */
  logout: authedProcedure.mutation(async ({ ctx }) => {
    ctx.resHeaders.append("Set-Cookie", await endSession(ctx.db, ctx.audience, ctx.sessionId));
    return { ok: true as const };
  }),
});
