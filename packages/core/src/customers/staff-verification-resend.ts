// Staff send a customer the email that verifies their address again (the first one got lost, or
// its link expired). Only for a customer account that is active and still unverified, and at most
// once every few minutes per account, so a double click or an impatient colleague does not flood
// the customer's mailbox. The caller queues the email and writes the audit entry in the same
// transaction, which this function locks the account in.
import type { Locale } from "@comptoir/db";
import { DomainError } from "../errors";
import type { Tx } from "../transaction";

/** The audit action of a resend; also how the next resend knows when the last one was. */
export const VERIFICATION_RESENT_ACTION = "customer.verification_resent";
export const VERIFICATION_RESEND_INTERVAL_MS = 2 * 60 * 1000;

export interface VerificationResend {
  userId: string;
  email: string;
  locale: Locale;
}

export async function prepareVerificationResend(
  tx: Tx,
  customerId: string,
  now = new Date(),
): Promise<VerificationResend> {
  // Two resends at once wait for each other here, so the second one sees the first's audit entry.
  const [user] = await tx.$queryRaw<
    { id: string; email: string; locale: Locale; emailVerifiedAt: Date | null; deactivatedAt: Date | null }[]
  >`
    SELECT "id", "email", "locale"::text AS "locale", "emailVerifiedAt", "deactivatedAt"
    FROM "User" WHERE "id" = ${customerId} AND "role" = 'CUSTOMER'
    FOR UPDATE`;
  if (!user) throw new DomainError("NOT_FOUND", `customer ${customerId}`);
  if (user.emailVerifiedAt || user.deactivatedAt) {
    throw new DomainError("CONFLICT", `customer ${customerId} is verified or deactivated`);
  }
  const recent = await tx.auditLog.count({
    where: {
      action: VERIFICATION_RESENT_ACTION,
      entityType: "User",
      entityId: customerId,
      createdAt: { gt: new Date(now.getTime() - VERIFICATION_RESEND_INTERVAL_MS) },
    },
  });
  if (recent > 0) throw new DomainError("RATE_LIMITED", `customer ${customerId}`);
  return { userId: user.id, email: user.email, locale: user.locale };
}
