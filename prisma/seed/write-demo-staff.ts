import { hashPassword, verifyPassword } from "@comptoir/auth";
import type { Db } from "@comptoir/db";
import { DEMO_STAFF } from "./demo-staff";

/**
 * Makes sure the demo owner can log in with the published credentials. An existing account keeps
 * its password hash when that hash still matches the demo password (argon2 salts differ per hash,
 * so rehashing on every run would rewrite the row for nothing).
 */
export async function writeDemoStaff(db: Db): Promise<"created" | "updated"> {
  const email = DEMO_STAFF.email.trim().toLowerCase();
  const existing = await db.user.findUnique({
    where: { email },
    select: { passwordHash: true, emailVerifiedAt: true },
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
  await db.user.upsert({
    where: { email },
    create: { email, ...fields, emailVerifiedAt: new Date() },
    update: { ...fields, emailVerifiedAt: existing?.emailVerifiedAt ?? new Date() },
  });
  return existing ? "updated" : "created";
}
