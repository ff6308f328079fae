// Accepting a staff invitation, at the admin, by someone who has no account yet: the emailed link
// opens a page that shows what it invites to, then takes a name and a password. The rules live in
// @comptoir/auth (acceptStaffInvitation); here are the rate limit, the field errors and the login.
import {
  acceptStaffInvitation,
  findStaffInvitation,
  OWNER_PASSWORD_MAX_LENGTH,
  OWNER_PASSWORD_MIN_LENGTH,
  STAFF_NAME_MAX_LENGTH,
  stepAfterPassword,
} from "@comptoir/auth";
import { DomainError } from "@comptoir/core";
import { linkTokenSchema, localeSchema, msg } from "@comptoir/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { authRateLimits } from "../../auth-rate-limits";
import { logIn } from "../../customer-session";
import { fieldError } from "../../errors";
import { publicProcedure } from "../../trpc";

/** Translation key (admin:errors.*) of a staff password under the staff minimum (12, not 10). */
export const STAFF_PASSWORD_TOO_SHORT = "staff_password_too_short";

/** Invitations are accepted at the admin only: the storefront has no page for them. */
const adminPageProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.audience !== "admin") throw new TRPCError({ code: "FORBIDDEN", message: "FORBIDDEN" });
  return next({ ctx });
});

const acceptInput = z.object({
  token: linkTokenSchema,
  name: z
    .string({ error: msg.required })
    .trim()
    .min(1, { error: msg.required })
    .max(STAFF_NAME_MAX_LENGTH, { error: msg.tooLong }),
  // Never trimmed: spaces are characters too.
  password: z
    .string({ error: msg.required })
    .min(1, { error: msg.required, abort: true })
    .min(OWNER_PASSWORD_MIN_LENGTH, { error: STAFF_PASSWORD_TOO_SHORT })
    .max(OWNER_PASSWORD_MAX_LENGTH, { error: msg.passwordTooLong }),
  locale: localeSchema,
});

export const staffInvitationProcedures = {
  /** What an invitation link invites to (address and role), or null when it cannot be used. */
  staffInvitation: adminPageProcedure
    .input(z.object({ token: linkTokenSchema }))
    .query(async ({ ctx, input }) => {
      await authRateLimits.link(ctx);
      const invitation = await findStaffInvitation(ctx.db, { token: input.token });
      return invitation
        ? { email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt }
        : null;
    }),

  /**
   * Creates the invited staff account and logs it in. The next step is the admin's usual one:
   * admins and owners enrol two-factor before anything else.
   */
  acceptStaffInvitation: adminPageProcedure.input(acceptInput).mutation(async ({ ctx, input }) => {
    await authRateLimits.link(ctx);
    const result = await acceptStaffInvitation(ctx.db, { ...input, request: ctx });
    if (!result.ok) {
      switch (result.reason) {
        case "link_invalid":
          throw new DomainError("LINK_INVALID");
        case "name_invalid":
          throw fieldError("name", msg.required);
        case "password_too_short":
          throw fieldError("password", STAFF_PASSWORD_TOO_SHORT);
        case "password_too_long":
          throw fieldError("password", msg.passwordTooLong);
        case "password_common":
          throw fieldError("password", msg.passwordCommon);
      }
    }
    await logIn(ctx, result.user, { method: "password" });
    return { user: result.user, adminStep: await stepAfterPassword(ctx.db, result.user.id) };
  }),
};
