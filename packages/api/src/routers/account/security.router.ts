import {
  blankSessionCookie,
  changePassword,
  listSessionsOf,
  requestEmailChange,
  revokeListedSession,
} from "@comptoir/auth";
import { DomainError } from "@comptoir/core";
import { emailChangeRequestInput, msg, sessionRevokeInput } from "@comptoir/validators";
import { authRateLimits } from "../../auth-rate-limits";
import { fieldError } from "../../errors";
import { renewSession } from "../../customer-session";
import { customerProcedure, router } from "../../trpc";
import { changePasswordServerInput } from "../auth/password-inputs";

/** Sessions, password and email changes of the logged-in customer. */
export const accountSecurityRouter = router({
  /** Where the customer is logged in. Sessions are named by a public id, never by the secret id. */
  sessions: customerProcedure.query(({ ctx }) =>
    listSessionsOf(ctx.db, { userId: ctx.user.id, currentSessionId: ctx.sessionId }),
  ),

  /** Ends one of the customer's sessions (the current one too: its cookie is then cleared). */
  revokeSession: customerProcedure.input(sessionRevokeInput).mutation(async ({ ctx, input }) => {
    const revoked = await revokeListedSession(ctx.db, {
      user: ctx.user,
      publicId: input.id,
      currentSessionId: ctx.sessionId,
      request: ctx,
    });
    if (!revoked) throw new DomainError("NOT_FOUND");
    if (revoked.current) ctx.resHeaders.append("Set-Cookie", blankSessionCookie(ctx.db, ctx.audience));
    return { ok: true as const };
  }),

  /**
   * Changes the password (the current one is required). The customer's other sessions end and the
   * current one gets a new id: the response carries its new cookie.
   */
  changePassword: customerProcedure.input(changePasswordServerInput).mutation(async ({ ctx, input }) => {
    await authRateLimits.passwordCheck(ctx, ctx.user.id);
    const result = await changePassword(
      ctx.db,
      {
        userId: ctx.user.id,
        currentSessionId: ctx.sessionId,
        currentPassword: input.currentPassword,
        newPassword: input.newPassword,
      },
      { emails: await ctx.accountEmails(), request: ctx },
    );
    if (!result.ok) throw new DomainError("PASSWORD_INCORRECT");
    await renewSession(ctx);
    return { ok: true as const };
  }),

  /**
   * Sends a confirmation link to the new address; nothing changes until it is followed
   * (auth.confirmEmailChange). The current password is required when the account has one.
   */
  requestEmailChange: customerProcedure.input(emailChangeRequestInput).mutation(async ({ ctx, input }) => {
    await authRateLimits.passwordCheck(ctx, ctx.user.id);
    await authRateLimits.emailChange(ctx, ctx.user.id);
    const result = await requestEmailChange(
      ctx.db,
      { userId: ctx.user.id, newEmail: input.newEmail, currentPassword: input.currentPassword },
      { emails: await ctx.accountEmails() },
    );
    if (!result.ok) {
      if (result.reason === "unchanged") throw fieldError("newEmail", msg.emailUnchanged);
      throw new DomainError("PASSWORD_INCORRECT");
    }
    return { ok: true as const };
  }),
});
