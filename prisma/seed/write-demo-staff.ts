import { decryptTotpSecret, encryptTotpSecret, hashPassword, verifyPassword } from "@comptoir/auth";
import type { Db } from "@comptoir/db";
import { DEMO_STAFF } from "./demo-staff";

/**
 * Makes sure the demo owner can log in with the published credentials (password, then a code of
 * the published TOTP secret). An existing account keeps
 * its password hash when that hash still matches the demo password (argon2 salts differ per hash,
 * so rehashing on every run would rewrite the row for nothing).
 */
export async function writeDemoStaff(db: Db): Promise<"created" | "updated"> {
  const email = DEMO_STAFF.email.trim().toLowerCase();
  const existing = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, emailVerifiedAt: true, totpSecret: true, totpEnabledAt: true },
  });
  const hashStillValid = existing?.passwordHash
    ? await verifyPassword(existing.passwordHash, DEMO_STAFF.password)
    : false;
  const passwordHash =
    hashStillValid && existing?.passwordHash
      ? existing.passwordHash
      : await hashPassword(DEMO_STAFF.password);
  const fields = {
    name: DEMO_STAFF.name,
    role: DEMO_STAFF.role,
    locale: "fr" as const,
    passwordHash,
    deactivatedAt: null,
  };
  const user = await db.user.upsert({
    where: { email },
    create: { email, ...fields, emailVerifiedAt: new Date() },
    update: { ...fields, emailVerifiedAt: existing?.emailVerifiedAt ?? new Date() },
    select: { id: true },
  });
  // The secret is encrypted for the account's id, so it is written once the row exists; kept as is
  // while it still holds the published secret (the last used step stays, codes stay single-use).
  const totpStillValid =
    existing?.totpEnabledAt &&
    existing.totpSecret &&
    decryptTotpSecret(existing.totpSecret, user.id) === DEMO_STAFF.totpSecret;
  if (!totpStillValid) {
    await db.user.update({
      where: { id: user.id },
      data: {
        totpSecret: encryptTotpSecret(DEMO_STAFF.totpSecret, user.id),
        totpEnabledAt: new Date(),
        totpLastStep: null,
      },
    });
  }
  return existing ? "updated" : "created";
}
