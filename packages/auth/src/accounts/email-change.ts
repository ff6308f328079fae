import { auditRequestInfo, recordAuditEvent } from "@comptoir/audit";
import type { Db } from "@comptoir/db";
import { consumeAuthToken, revokeAuthTokensOf } from "../auth-tokens";
import { verifyPassword } from "../password";
import type { SessionUser } from "../session-user";
import { endAllSessionsOf } from "../sessions";
import { accountUserSelect, toSessionUser } from "./account-user";
import type { AccountEmailQueue, RequestInfo } from "./types";
import { isUniqueViolation } from "./unique-violation";

/**
 * Asks to move the account to `newEmail`: an "email-change" email goes to the new address, whose
 * link confirms the change. The current password is required when the account has one. Whether the
 * new address already belongs to an account is not said here (that would tell who is a customer):
 * the confirmation checks it again and refuses the link.
 */
export async function requestEmailChange(
  db: Db,
  input: { userId: string; newEmail: string; currentPassword?: string | null },
  deps: { emails: AccountEmailQueue },
): Promise<{ ok: true } | { ok: false; reason: "password_incorrect" | "unchanged" }> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: input.userId },
    select: { id: true, email: true, locale: true, passwordHash: true },
  });
  if (user.passwordHash) {
    const typed = input.currentPassword;
    if (!typed || !(await verifyPassword(user.passwordHash, typed))) {
      return { ok: false, reason: "password_incorrect" };
    }
  }
  if (input.newEmail === user.email) return { ok: false, reason: "unchanged" };
  await deps.emails.send(
    { kind: "email-change", userId: user.id, newEmail: input.newEmail, locale: user.locale },
    {},
  );
  return { ok: true };
}

/**
 * Spends an email change link and moves the account to the address it was sent to. In the same
 * transaction: the address counts as verified, every session of the account ends (the caller opens
 * a new one), every other unused link stops working (a reset link sent to the old address must not
 * open the account any more), the old address is told ("email-changed") and an `email_changed`
 * event is written. Null when the link is unknown, expired, used or of another purpose, the account
 * is deactivated or gone, or the new address has been taken by another account since.
 */
export async function confirmEmailChange(
  db: Db,
  input: { token: string; now?: Date },
  deps: { emails: AccountEmailQueue; request: RequestInfo },
): Promise<{ user: SessionUser; sessionsRevoked: number } | null> {
  const now = input.now ?? new Date();
  try {
    return await db.$transaction(async (tx) => {
      const spent = await consumeAuthToken(tx, { purpose: "EMAIL_CHANGE", token: input.token, now });
      if (!spent?.userId) return null;
      const user = await tx.user.findUnique({ where: { id: spent.userId }, select: accountUserSelect });
      if (!user || user.deactivatedAt) return null;
      const taken = await tx.user.findUnique({ where: { email: spent.email }, select: { id: true } });
      if (taken) return null;
      await tx.user.update({ where: { id: user.id }, data: { email: spent.email, emailVerifiedAt: now } });
      const sessionsRevoked = await endAllSessionsOf(tx, user.id);
      await revokeAuthTokensOf(tx, user.id, now);
      await deps.emails.send(
        { kind: "email-changed", oldEmail: user.email, newEmail: spent.email, locale: user.locale },
        { tx },
      );
      // No address in the event: the trail names accounts by id, and the emails say the rest.
      await recordAuditEvent(tx, {
        action: "email_changed",
        actorId: user.id,
        actorRole: user.role,
        entityType: "User",
        entityId: user.id,
        ...auditRequestInfo(deps.request),
        metadata: { sessionsRevoked },
      });
      return { user: toSessionUser({ ...user, email: spent.email }), sessionsRevoked };
    });
  } catch (error) {
    // The address was taken between the check and the update: the link is refused (and unspent).
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}
