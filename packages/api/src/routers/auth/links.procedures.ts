// The emailed one-time links other than sign-up's: magic links, password resets, email changes.
// Requests only queue an email (the worker looks the account up and mints the link), so they answer
// the same, after the same work, whether or not the address has an account.
import { confirmEmailChange, logInWithMagicLink, resetPasswordWithLink } from "@comptoir/auth";
import { DomainError } from "@comptoir/core";
import {
  confirmEmailChangeInput,
  DEFAULT_LOCALE,
  emailLinkRequestInput,
  linkLoginInput,
} from "@comptoir/validators";
import { authRateLimits } from "../../auth-rate-limits";
import { logIn } from "../../customer-session";
import { resetPasswordServerInput } from "./password-inputs";
import { storefrontProcedure } from "./storefront-procedure";

export const linkProcedures = {
  requestMagicLink: storefrontProcedure.input(emailLinkRequestInput).mutation(async ({ ctx, input }) => {
    await authRateLimits.emailRequest(ctx, "magicLink", input.email);
    const emails = await ctx.accountEmails();
    await emails.send({ kind: "magic-link", email: input.email, locale: input.locale });
    return { ok: true as const };
  }),

  /** Logs in with a magic link; `created` when the link created the account (a first visit). */
  loginWithMagicLink: storefrontProcedure.input(linkLoginInput).mutation(async ({ ctx, input }) => {
    await authRateLimits.link(ctx);
    const result = await logInWithMagicLink(ctx.db, {
      token: input.token,
      locale: input.locale ?? DEFAULT_LOCALE,
      request: ctx,
    });
    if (!result) throw new DomainError("LINK_INVALID");
    await logIn(ctx, result.user, {
      method: "magic_link",
      guestCartId: input.guestCartId,
      locale: input.locale,
    });
    return { user: result.user, created: result.created };
  }),

  requestPasswordReset: storefrontProcedure.input(emailLinkRequestInput).mutation(async ({ ctx, input }) => {
    await authRateLimits.emailRequest(ctx, "passwordReset", input.email);
    const emails = await ctx.accountEmails();
    await emails.send({ kind: "password-reset", email: input.email, locale: input.locale });
    return { ok: true as const };
  }),

  /** Sets a new password with a reset link: every session of the account ends, then a new one opens here. */
  resetPassword: storefrontProcedure.input(resetPasswordServerInput).mutation(async ({ ctx, input }) => {
    await authRateLimits.link(ctx);
    const result = await resetPasswordWithLink(
      ctx.db,
      { token: input.token, password: input.password },
      { emails: await ctx.accountEmails(), request: ctx },
    );
    if (!result) throw new DomainError("LINK_INVALID");
    await logIn(ctx, result.user, {
      method: "password_reset",
      guestCartId: input.guestCartId,
      locale: input.locale,
    });
    return { user: result.user };
  }),

  /** Confirms an email change with the link sent to the new address, and logs in with a new session. */
  confirmEmailChange: storefrontProcedure.input(confirmEmailChangeInput).mutation(async ({ ctx, input }) => {
    await authRateLimits.link(ctx);
    const result = await confirmEmailChange(
      ctx.db,
      { token: input.token },
      { emails: await ctx.accountEmails(), request: ctx },
    );
    if (!result) throw new DomainError("LINK_INVALID");
    await logIn(ctx, result.user, { method: "email_change" });
    return { user: result.user };
  }),
};
