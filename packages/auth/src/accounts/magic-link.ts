import { auditRequestInfo, recordAuditEvent } from "@comptoir/audit";
import type { Db, Locale } from "@comptoir/db";
import { consumeAuthToken } from "../auth-tokens";
import type { SessionUser } from "../session-user";
import { accountUserSelect, toSessionUser } from "./account-user";
import type { RequestInfo } from "./types";
import { retryOnUniqueViolation } from "./unique-violation";

/**
 * Spends a magic link and says whom it logs in. A link sent to an address with no account creates
 * one, already verified (following the link proved the address), without a password. Null when the
 * link is unknown, expired, used or of another purpose, or its account is deactivated, gone, or no
 * longer has the address.
 */
export async function logInWithMagicLink(
  db: Db,
  input: { token: string; locale: Locale; request: RequestInfo; now?: Date },
): Promise<{ user: SessionUser; created: boolean } | null> {
  const now = input.now ?? new Date();
  // Two links to one new address followed at once: one creates the account, the other's create
  // fails on the unique index, rolls back (its link unspent) and, retried, logs into that account.
  return retryOnUniqueViolation(() =>
    db.$transaction(async (tx) => {
      const spent = await consumeAuthToken(tx, { purpose: "MAGIC_LINK", token: input.token, now });
      if (!spent) return null;
      // A link minted for an unknown address may find an account created since (a sign-up).
      const user = await tx.user.findUnique({
        where: spent.userId ? { id: spent.userId } : { email: spent.email },
        select: accountUserSelect,
      });
      if (user) {
        if (user.deactivatedAt || user.email !== spent.email) return null;
        if (!user.emailVerifiedAt) {
          await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: now } });
        }
        return { user: toSessionUser(user), created: false };
      }
      if (spent.userId) return null;
      const created = await tx.user.create({
        data: { email: spent.email, locale: input.locale, emailVerifiedAt: now, passwordHash: null },
        select: accountUserSelect,
      });
      await recordAuditEvent(tx, {
        action: "user_created",
        actorId: created.id,
        actorRole: created.role,
        entityType: "User",
        entityId: created.id,
        ...auditRequestInfo(input.request),
        metadata: { method: "magic_link" },
      });
      return { user: toSessionUser(created), created: true };
    }),
  );
}
