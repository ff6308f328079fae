import { signUp, verifyEmailWithLink } from "@comptoir/auth";
import { DomainError } from "@comptoir/core";
import { linkLoginInput } from "@comptoir/validators";
import { authRateLimits } from "../../auth-rate-limits";
import { logIn } from "../../customer-session";
import { signUpServerInput } from "./password-inputs";
import { storefrontProcedure } from "./storefront-procedure";

export const signUpProcedures = {
  /**
   * Registers an address and answers `{ ok: true }` whether or not it already had an account: a
   * new address gets a verification email, a known one an "account-exists" email. No session yet:
   * the verification link logs the customer in.
   */
  signUp: storefrontProcedure.input(signUpServerInput).mutation(async ({ ctx, input }) => {
    await authRateLimits.emailRequest(ctx, "signUp", input.email);
    await signUp(
      ctx.db,
      { email: input.email, password: input.password, name: input.name, locale: input.locale },
      { emails: await ctx.accountEmails(), request: ctx },
    );
    return { ok: true as const };
  }),

  /**
   * Follows the verification link: the address is verified and the customer logged in.
   * `firstLogin` is true at the end of a sign-up (the account page then says welcome).
   */
  verifyEmail: storefrontProcedure.input(linkLoginInput).mutation(async ({ ctx, input }) => {
    await authRateLimits.link(ctx);
    const verified = await verifyEmailWithLink(ctx.db, { token: input.token });
    if (!verified) throw new DomainError("LINK_INVALID");
    await logIn(ctx, verified.user, {
      method: "email_verification",
      guestCartId: input.guestCartId,
      locale: input.locale,
    });
    return { user: verified.user, firstLogin: verified.firstLogin };
  }),
};
