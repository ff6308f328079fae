// The first owner of a shop (`pnpm admin:create`): production has no default admin. The password
// must be long (12+ characters, more than customers' 10: this account can do everything) and pass
// the same check against common passwords as every password chosen in the shop.
import { recordAuditEvent } from "@comptoir/audit";
import type { Db } from "@comptoir/db";
import { hashPassword } from "../password";
import { isGuessablePassword } from "../password-policy";

export const OWNER_PASSWORD_MIN_LENGTH = 12;
export const OWNER_PASSWORD_MAX_LENGTH = 256;

export type OwnerInputProblem =
  "email_invalid" | "name_invalid" | "password_too_short" | "password_too_long" | "password_common";

/** "  Ana@Shop.Example " is "ana@shop.example"; null for something that is not an address. */
export function normalizeOwnerEmail(input: string): string | null {
  const email = input.trim().toLowerCase();
  return email.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : null;
}

export async function ownerPasswordProblem(
  password: string,
  context: string[],
): Promise<OwnerInputProblem | null> {
  if (password.length < OWNER_PASSWORD_MIN_LENGTH) return "password_too_short";
  if (password.length > OWNER_PASSWORD_MAX_LENGTH) return "password_too_long";
  if (await isGuessablePassword(password, context)) return "password_common";
  return null;
}

export type CreateOwnerResult =
  { ok: true; userId: string } | { ok: false; reason: OwnerInputProblem | "email_taken" };

/**
 * Creates an owner account, verified, with its `user_created` audit event in the same transaction.
 * Never touches an existing account: an address already in use is refused, whatever its role.
 */
export async function createOwner(
  db: Db,
  input: { email: string; name: string; password: string },
): Promise<CreateOwnerResult> {
  const email = normalizeOwnerEmail(input.email);
  if (!email) return { ok: false, reason: "email_invalid" };
  const name = input.name.trim();
  if (!name || name.length > 120) return { ok: false, reason: "name_invalid" };
  const problem = await ownerPasswordProblem(input.password, [email, name]);
  if (problem) return { ok: false, reason: problem };
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      return { ok: false as const, reason: "email_taken" as const };
    }
    const user = await tx.user.create({
      data: { email, name, passwordHash, role: "OWNER", emailVerifiedAt: new Date() },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      action: "user_created",
      actorRole: null,
      entityType: "User",
      entityId: user.id,
      after: { role: "OWNER" },
      metadata: { via: "admin:create" },
    });
    return { ok: true as const, userId: user.id };
  });
}
