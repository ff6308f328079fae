import {
  checkPasswordLogin,
  isStaffRole,
  logOut,
  logOutEverywhere,
  recordLoginFailure,
  stepAfterPassword,
} from "@comptoir/auth";
import { DomainError } from "@comptoir/core";
import { cartIdSchema, localeSchema, passwordLoginInput } from "@comptoir/validators";
import { authRateLimits } from "../../auth-rate-limits";
import { logIn } from "../../customer-session";
import { authedProcedure, publicProcedure } from "../../trpc";

/**
 * A storefront login may carry the shopper's guest cart (the id from its cookie): it merges into the
 * customer's cart, so what they picked before logging in is still there after.
 */
const loginInput = passwordLoginInput.extend({
  guestCartId: cartIdSchema.optional(),
  locale: localeSchema.optional(),
});

export const sessionProcedures = {
  /** The logged-in user of this app, or null. */
  me: publicProcedure.query(({ ctx }) => ctx.user),

  /**
   * Email + password login for the context's audience. Wrong passwords, unknown addresses,
   * deactivated accounts and customers at the admin all get the same INVALID_CREDENTIALS answer.
   * On the storefront an unverified address is refused with EMAIL_NOT_VERIFIED (only once the
   * password is right, so it tells nothing to someone who does not know it) and a new
   * verification email is queued.
   */
  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
    await authRateLimits.login(ctx, input.email);
    const check = await checkPasswordLogin(ctx.db, input);
    if (!check.ok || (ctx.audience === "admin" && !isStaffRole(check.user.role))) {
      await authRateLimits.loginFailed(ctx, input.email);
      await recordLoginFailure(ctx.db, {
        user: check.ok ? check.user : check.account,
        reason: check.ok ? "not_staff" : check.reason,
        audience: ctx.audience,
        request: ctx,
      });
      throw new DomainError("INVALID_CREDENTIALS");
    }
    const { user } = check;
    if (ctx.audience === "storefront" && !check.emailVerified) {
      await recordLoginFailure(ctx.db, {
        user,
        reason: "email_not_verified",
        audience: ctx.audience,
        request: ctx,
      });
      // Bounded per account: retrying the login must not flood the inbox.
      if (await authRateLimits.verificationResend(user.id)) {
        const emails = await ctx.accountEmails();
        await emails.send({ kind: "verify-email", userId: user.id, locale: input.locale ?? user.locale });
      }
      throw new DomainError("EMAIL_NOT_VERIFIED");
    }
    await logIn(ctx, user, { method: "password", guestCartId: input.guestCartId, locale: input.locale });
    // At the admin the password is only the first step: the code (or enrolment) comes next.
    if (ctx.audience === "admin") return { user, adminStep: await stepAfterPassword(ctx.db, user.id) };
    return { user };
  }),

  /** Ends the current session server-side and clears the cookie. */
  logout: authedProcedure.mutation(async ({ ctx }) => {
    const blank = await logOut(ctx.db, {
      audience: ctx.audience,
      sessionId: ctx.sessionId,
      user: ctx.user,
      request: ctx,
    });
    ctx.resHeaders.append("Set-Cookie", blank);
    return { ok: true as const };
  }),

  /** Ends every session of the account, on every device and in both apps, and clears the cookie. */
  logoutEverywhere: authedProcedure.mutation(async ({ ctx }) => {
    const { setCookie } = await logOutEverywhere(ctx.db, {
      audience: ctx.audience,
      user: ctx.user,
      request: ctx,
    });
    ctx.resHeaders.append("Set-Cookie", setCookie);
    return { ok: true as const };
  }),
};
