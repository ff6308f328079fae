import {
  changeStaffRole,
  deactivateStaff,
  listPendingInvitations,
  listStaff,
  revokeStaffInvitation,
  STAFF_ROLES,
  type StaffChangeResult,
} from "@comptoir/auth";
import { DomainError } from "@comptoir/core";
import { z } from "zod";
import { requires, requiresRecentAuth, router } from "../../trpc";
import { inviteStaffMember, staffInvitationInput } from "./staff-invite";

const staffMemberInput = z.object({ userId: z.string().trim().min(1, "validation.required").max(64) });
const roleChangeInput = staffMemberInput.extend({
  role: z.enum(STAFF_ROLES, { error: "validation.required" }),
});

function orRefuse(result: StaffChangeResult) {
  if (!result.ok) throw new DomainError(result.reason);
  return { ok: true as const };
}

export const adminStaffRouter = router({
  /** Every staff account, active or not, with its role and whether it uses two-factor. */
  list: requires("staff.manage").query(({ ctx }) => listStaff(ctx.db)),

  /** Gives a staff member another role. Sensitive: needs a recent code or password. */
  changeRole: requiresRecentAuth("staff.manage")
    .input(roleChangeInput)
    .mutation(async ({ ctx, input }) =>
      orRefuse(
        await changeStaffRole(ctx.db, {
          actor: ctx.user,
          userId: input.userId,
          role: input.role,
          request: ctx,
        }),
      ),
    ),

  /** Closes a staff account and ends all its sessions. Sensitive: needs a recent code or password. */
  deactivate: requiresRecentAuth("staff.manage")
    .input(staffMemberInput)
    .mutation(async ({ ctx, input }) =>
      orRefuse(await deactivateStaff(ctx.db, { actor: ctx.user, userId: input.userId, request: ctx })),
    ),

  /**
   * Invites someone by email with a role (not above one's own); a pending invitation of the same
   * address is sent again. Sensitive, as it makes an account: needs a recent code or password.
   */
  invite: requiresRecentAuth("staff.manage")
    .input(staffInvitationInput)
    .mutation(({ ctx, input }) => inviteStaffMember(ctx, input)),

  /** Invitations not yet accepted, revoked or expired. */
  invitations: requires("staff.manage").query(({ ctx }) => listPendingInvitations(ctx.db)),

  /** Withdraws a pending invitation: its link stops working. */
  revokeInvitation: requiresRecentAuth("staff.manage")
    .input(z.object({ invitationId: z.string().trim().min(1, "validation.required").max(64) }))
    .mutation(async ({ ctx, input }) =>
      orRefuse(
        await revokeStaffInvitation(ctx.db, {
          actor: ctx.user,
          invitationId: input.invitationId,
          request: ctx,
        }),
      ),
    ),
});
