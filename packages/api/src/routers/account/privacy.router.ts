import { auditRequestInfo, recordAuditEvent } from "@comptoir/audit";
import { blankSessionCookie, publicSessionId, verifyPassword } from "@comptoir/auth";
import { customers } from "@comptoir/core";
import { deleteAccountConfirmation, deleteAccountInput } from "@comptoir/validators";
import { invalidInput } from "../../errors";
import { customerProcedure, router } from "../../trpc";

/** Privacy rights: download my data, delete my account. See docs/privacy.md. */
export const accountPrivacyRouter = router({
  /** Everything the shop holds about the customer, as one JSON document (offered as a download). */
  export: customerProcedure.query(({ ctx }) =>
    customers.exportCustomerData(ctx.db, ctx.user.id, { publicSessionId }),
  ),

  /**
   * Deletes the account: personal data erased, orders kept for accounting without it, every
   * session ended. Asks for the account's address typed again, and its password (accounts without
   * one: a login of the last 15 minutes). A goodbye email goes to the address.
   */
  deleteAccount: customerProcedure.input(deleteAccountInput).mutation(async ({ ctx, input }) => {
    const confirmed = deleteAccountConfirmation(ctx.user.email).safeParse(input);
    if (!confirmed.success) throw invalidInput(confirmed.error);
    const emails = await ctx.accountEmails();
    await customers.deleteAccount(
      ctx.db,
      { userId: ctx.user.id, sessionId: ctx.sessionId, password: input.password },
      {
        verifyPassword,
        async onDeleted(tx, account) {
          // The trail keeps the account's id (no address): enough to answer "was it deleted, when".
          await recordAuditEvent(tx, {
            action: "account_deleted",
            actorId: account.id,
            actorRole: account.role,
            entityType: "user",
            entityId: account.id,
            ...auditRequestInfo(ctx),
          });
          await emails.send(
            { kind: "account-deleted", email: account.email, locale: account.locale },
            { tx },
          );
        },
      },
    );
    ctx.resHeaders.append("Set-Cookie", blankSessionCookie(ctx.db, ctx.audience));
    return { ok: true as const };
  }),
});
