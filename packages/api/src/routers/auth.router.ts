import { authenticateWithPassword, endSession, isStaffRole, startSession } from "@comptoir/auth";
import { DomainError } from "@comptoir/core";
import { passwordLoginInput } from "@comptoir/validators";
import { authedProcedure, publicProcedure, router } from "../trpc";

export const authRouter = router({
  /** The logged-in user of this app, or null. */
  me: publicProcedure.query(({ ctx }) => ctx.user),

  /**
   * Email + password login for the context's audience. The admin only admits staff; a customer
   * gets the same INVALID_CREDENTIALS answer as a wrong password, so nothing is revealed.
   */
  login: publicProcedure.input(passwordLoginInput).mutation(async ({ ctx, input }) => {
    const user = await authenticateWithPassword(ctx.db, input);
    if (!user || (ctx.audience === "admin" && !isStaffRole(user.role))) {
      throw new DomainError("INVALID_CREDENTIALS");
    }
    // A new session id at every login: a session fixed before login is never promoted.
    if (ctx.sessionId) await endSession(ctx.db, ctx.audience, ctx.sessionId);
    const session = await startSession(ctx.db, ctx.audience, user.id);
    ctx.resHeaders.append("Set-Cookie", session.setCookie);
    return { user };
  }),

  /** Ends the current session server-side and clears the cookie. */
  logout: authedProcedure.mutation(async ({ ctx }) => {
    ctx.resHeaders.append("Set-Cookie", await endSession(ctx.db, ctx.audience, ctx.sessionId));
    return { ok: true as const };
  }),
});
