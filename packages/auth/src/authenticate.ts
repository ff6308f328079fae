import type { Db, Role } from "@comptoir/db";
import { verifyAgainstDecoy, verifyPassword } from "./password";
import type { SessionUser } from "./session-user";

/** What a password login attempt found. The reasons are for the audit trail, never for the person. */
export type PasswordCheck =
  | { ok: true; user: SessionUser; emailVerified: boolean }
  | {
      ok: false;
      reason: "unknown_account" | "no_password" | "wrong_password" | "deactivated";
      /** The account the address belongs to, if any. */
      account: { id: string; role: Role } | null;
    };

/**
 * Checks an email and password. Unknown emails, wrong passwords, accounts without a password and
 * deactivated accounts all fail after the same amount of work (one argon2 verification), so
 * the time taken reveals nothing about which accounts exist.
 */
export async function checkPasswordLogin(
  db: Db,
  credentials: { email: string; password: string },
): Promise<PasswordCheck> {
  const user = await db.user.findUnique({
    where: { email: credentials.email.trim().toLowerCase() },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      passwordHash: true,
      emailVerifiedAt: true,
      deactivatedAt: true,
    },
  });
  if (!user?.passwordHash) {
    await verifyAgainstDecoy(credentials.password);
    const account = user ? { id: user.id, role: user.role } : null;
    return { ok: false, reason: user ? "no_password" : "unknown_account", account };
  }
  const valid = await verifyPassword(user.passwordHash, credentials.password);
  const account = { id: user.id, role: user.role };
  if (!valid) return { ok: false, reason: "wrong_password", account };
  if (user.deactivatedAt) return { ok: false, reason: "deactivated", account };
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale },
    emailVerified: user.emailVerifiedAt !== null,
  };
}

/** The user whose email and password match, or null (see checkPasswordLogin). */
export async function authenticateWithPassword(
  db: Db,
  credentials: { email: string; password: string },
): Promise<SessionUser | null> {
  const check = await checkPasswordLogin(db, credentials);
  return check.ok ? check.user : null;
}
