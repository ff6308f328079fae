import type { Db } from "@comptoir/db";
import { consumeAuthToken } from "../auth-tokens";
import type { SessionUser } from "../session-user";
import { accountUserSelect, toSessionUser } from "./account-user";

/**
 * Spends an email verification link and marks the address verified. Null when the link is unknown,
 * expired, used or of another purpose, when the account is deactivated or gone, or when the account
 * no longer has the address the link was sent to. `firstLogin` is true the first time the address is
 * verified: the end of sign-up.
 */
export async function verifyEmailWithLink(
  db: Db,
  input: { token: string; now?: Date },
): Promise<{ user: SessionUser; firstLogin: boolean } | null> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const spent = await consumeAuthToken(tx, { purpose: "EMAIL_VERIFICATION", token: input.token, now });
    if (!spent?.userId) return null;
    const user = await tx.user.findUnique({ where: { id: spent.userId }, select: accountUserSelect });
    if (!user || user.deactivatedAt || user.email !== spent.email) return null;
    const firstLogin = user.emailVerifiedAt === null;
    if (firstLogin) await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: now } });
    return { user: toSessionUser(user), firstLogin };
  });
}
