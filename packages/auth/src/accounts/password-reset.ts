import { auditRequestInfo, recordAuditEvent } from "@comptoir/audit";
import type { Db } from "@comptoir/db";
import { consumeAuthToken, revokeAuthTokensOf } from "../auth-tokens";
import { hashPassword } from "../password";
import type { SessionUser } from "../session-user";
import { endAllSessionsOf } from "../sessions";
import { accountUserSelect, toSessionUser } from "./account-user";
import type { AccountEmailQueue, RequestInfo } from "./types";

/**
 * Spends a password reset link and sets the new password. In the same transaction: every session of
 * the account ends (whoever was logged in with the old password is out), every other unused link of
 * the account stops working, the address counts as verified (the link reached it), a
 * "password-changed" email is queued and a `password_reset` event is written. Null when the link is
 * unknown, expired, used or of another purpose, or its account is deactivated, gone or no longer has
 * the address.
 */
export async function resetPasswordWithLink(
  db: Db,
  input: { token: string; password: string; now?: Date },
  deps: { emails: AccountEmailQueue; request: RequestInfo },
): Promise<{ user: SessionUser; sessionsRevoked: number } | null> {
  const now = input.now ?? new Date();
  // Hashed before the transaction opens: argon2 takes tens of milliseconds that no lock should wait.
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const spent = await consumeAuthToken(tx, { purpose: "PASSWORD_RESET", token: input.token, now });
    if (!spent?.userId) return null;
    const user = await tx.user.findUnique({ where: { id: spent.userId }, select: accountUserSelect });
    if (!user || user.deactivatedAt || user.email !== spent.email) return null;
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? now },
    });
    const sessionsRevoked = await endAllSessionsOf(tx, user.id);
    await revokeAuthTokensOf(tx, user.id, now);
    await deps.emails.send({ kind: "password-changed", userId: user.id, locale: user.locale }, { tx });
    await recordAuditEvent(tx, {
      action: "password_reset",
      actorId: user.id,
      actorRole: user.role,
      entityType: "User",
      entityId: user.id,
      ...auditRequestInfo(deps.request),
      metadata: { sessionsRevoked },
    });
    return { user: toSessionUser(user), sessionsRevoked };
  });
}
