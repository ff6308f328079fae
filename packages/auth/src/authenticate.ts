import type { Db } from "@comptoir/db";
import { verifyAgainstDecoy, verifyPassword } from "./password";
import type { SessionUser } from "./session-user";

/**
 * The user whose email and password match, or null. Unknown emails, wrong passwords, accounts
 * without a password and deactivated accounts all answer null after the same amount of work,
 * so the answer reveals nothing about which accounts exist.
 */
export async function authenticateWithPassword(
  db: Db,
  credentials: { email: string; password: string },
): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { email: credentials.email.trim().toLowerCase() },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      passwordHash: true,
      deactivatedAt: true,
    },
  });
  if (!user?.passwordHash) return verifyAgainstDecoy(credentials.password).then(() => null);
  const valid = await verifyPassword(user.passwordHash, credentials.password);
  if (!valid || user.deactivatedAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
}
