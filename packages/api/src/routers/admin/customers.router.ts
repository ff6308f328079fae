import { auditRequestInfo, recordAuditEvent } from "@comptoir/audit";
import { staffCustomers } from "@comptoir/core";
import { adminCustomerInput, adminCustomerListInput } from "@comptoir/validators";
import { requires, router } from "../../trpc";

export const adminCustomersRouter = router({
  /** Customer accounts (never staff), searched by email or name. */
  list: requires("customers.read")
    .input(adminCustomerListInput)
    .query(({ ctx, input }) => staffCustomers.listStaffCustomers(ctx.db, input)),

  /** One customer: profile, account state, addresses, orders and what they spent. */
  get: requires("customers.read")
    .input(adminCustomerInput)
    .query(({ ctx, input }) => staffCustomers.getStaffCustomer(ctx.db, input.customerId)),

  /**
   * Sends an unverified customer the verification email again. The job and the audit entry are
   * written in one transaction: the email goes out if and only if the entry exists.
   */
  resendVerification: requires("emails.resend")
    .input(adminCustomerInput)
    .mutation(async ({ ctx, input }) => {
      const emails = await ctx.accountEmails();
      await ctx.db.$transaction(async (tx) => {
        const resend = await staffCustomers.prepareVerificationResend(tx, input.customerId);
        await emails.send({ kind: "verify-email", userId: resend.userId, locale: resend.locale }, { tx });
        await recordAuditEvent(tx, {
          action: staffCustomers.VERIFICATION_RESENT_ACTION,
          actorId: ctx.user.id,
          actorRole: ctx.role,
          entityType: "User",
          entityId: resend.userId,
          ...auditRequestInfo(ctx),
        });
      });
      return { ok: true as const };
    }),
});
