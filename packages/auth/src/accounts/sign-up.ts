import { auditRequestInfo, recordAuditEvent } from "@comptoir/audit";
import type { Db, Locale } from "@comptoir/db";
import { hashPassword } from "../password";
import type { AccountEmailQueue, RequestInfo } from "./types";
import { retryOnUniqueViolation } from "./unique-violation";

export interface SignUpInput {
  /** Normalized (trimmed, lower-cased) by the input schema. */
  email: string;
  /** Already checked against the password policy. */
  password: string;
  name?: string | null;
  locale: Locale;
}

/**
 * Registers an address. A new address gets an unverified account and a "verify-email" email; an
 * address that already has an account gets an "account-exists" email instead, and nothing else
 * changes. The caller answers the same either way, and the work is the same too: the password is
 * hashed in both cases, and both end with one email queued in one transaction.
 */
export async function signUp(
  db: Db,
  input: SignUpInput,
  deps: { emails: AccountEmailQueue; request: RequestInfo },
): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  // Two sign-ups racing for one new address: the loser's create hits the unique index, its
  // transaction rolls back, and the retry finds the winner's account ("account-exists").
  await retryOnUniqueViolation(() =>
    db.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
      if (existing) {
        await deps.emails.send({ kind: "account-exists", email: input.email, locale: input.locale }, { tx });
        return;
      }
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name?.trim() || null,
          passwordHash,
          locale: input.locale,
          emailVerifiedAt: null,
        },
        select: { id: true, role: true },
      });
      await deps.emails.send({ kind: "verify-email", userId: user.id, locale: input.locale }, { tx });
      await recordAuditEvent(tx, {
        action: "user_created",
        actorId: user.id,
        actorRole: user.role,
        entityType: "User",
        entityId: user.id,
        ...auditRequestInfo(deps.request),
        metadata: { method: "password" },
      });
    }),
  );
}
