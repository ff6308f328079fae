import { auditRequestInfo, recordAuditEvent } from "@comptoir/audit";
import type { Db } from "@comptoir/db";
import { revokeAuthTokensOf } from "../auth-tokens";
import { hashPassword, verifyPassword } from "../password";
import { endAllSessionsOf } from "../sessions";
import type { AccountEmailQueue, RequestInfo } from "./types";

/**
 * Changes the password of a logged-in person who typed the current one. Every other session of the
 * account ends and every unused link stops working (a reset link sent before the change must not undo
 * it); the caller then rotates the current session. An account without a password (magic links
 * only) has no current password to type: it sets one through a reset link.
 */
export async function changePassword(
  db: Db,
  input: { userId: string; currentSessionId: string; currentPassword: string; newPassword: string },
  deps: { emails: AccountEmailQueue; request: RequestInfo },
): Promise<{ ok: true; sessionsRevoked: number } | { ok: false; reason: "password_incorrect" }> {
  const user = await db.user.findUnique({
    where: { id: input.userId },
    select: { id: true, role: true, locale: true, passwordHash: true },
  });
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return { ok: false, reason: "password_incorrect" };
  }

  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    // Only if the password is still the one just checked: of two changes racing, the second is
    // refused instead of silently overwriting the first.
    const changed = await tx.user.updateMany({
      where: { id: user.id, passwordHash: user.passwordHash },
      data: { passwordHash },
    });
    if (changed.count !== 1) return { ok: false as const, reason: "password_incorrect" as const };
    const sessionsRevoked = await endAllSessionsOf(tx, user.id, { exceptSessionId: input.currentSessionId });
    await revokeAuthTokensOf(tx, user.id);
    await deps.emails.send({ kind: "password-changed", userId: user.id, locale: user.locale }, { tx });
    await recordAuditEvent(tx, {
      action: "password_changed",
      actorId: user.id,
      actorRole: user.role,
      entityType: "User",
      entityId: user.id,
      ...auditRequestInfo(deps.request),
      metadata: { sessionsRevoked },
    });
    return { ok: true as const, sessionsRevoked };
  });
}
