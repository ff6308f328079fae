import {
  changeStaffRole,
  deactivateStaff,
  listStaff,
  STAFF_ROLES,
  type StaffChangeResult,
} from "@comptoir/auth";
import { DomainError } from "@comptoir/core";
import { z } from "zod";
import { requires, requiresRecentAuth, router } from "../../trpc";

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
});
