// admin.staff.invite: the input, and the invitation's refusals as the form shows them (the address
// field says why it cannot be invited). The rules live in @comptoir/auth (inviteStaff).
import { inviteStaff, STAFF_ROLES, type SessionUser } from "@comptoir/auth";
import { DomainError } from "@comptoir/core";
import { emailSchema, localeSchema, msg } from "@comptoir/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Context } from "../../context";
import { fieldError } from "../../errors";

export const staffInvitationInput = z.object({
  email: emailSchema,
  role: z.enum(STAFF_ROLES, { error: msg.required }),
  /** The language of the email. */
  locale: localeSchema,
});

/** Translation keys (admin:errors.*) of the addresses that cannot be invited. */
export const INVITATION_EMAIL_ERRORS = {
  already_staff: "invitation_already_staff",
  customer_account: "invitation_customer_account",
} as const;

type StaffContext = Context & { user: SessionUser };

export async function inviteStaffMember(ctx: StaffContext, input: z.infer<typeof staffInvitationInput>) {
  // The link points back at the admin the invitation was made from (see createRequestCaller).
  if (!ctx.origin) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "admin origin unknown" });
  const { effects } = await ctx.commerce();
  const result = await inviteStaff(
    ctx.db,
    { actor: ctx.user, ...input, adminUrl: ctx.origin, request: ctx },
    {
      emails: {
        send: (tx, job) => effects.jobs.sendInTransaction(tx, { name: "email.staff-invitation", data: job }),
      },
    },
  );
  if (result.ok) return result.invitation;
  switch (result.reason) {
    case "email_invalid":
      throw fieldError("email", msg.email);
    case "already_staff":
    case "customer_account":
      throw fieldError("email", INVITATION_EMAIL_ERRORS[result.reason]);
    default:
      throw new DomainError(result.reason);
  }
}
