// Builders for users and sessions in integration tests (any package).
import { randomUUID } from "node:crypto";
import type { Db, Role } from "@comptoir/db";
import { hashPassword } from "../password";

export async function createTestUser(
  db: Db,
  input: { email?: string; role?: Role; password?: string | null; deactivated?: boolean } = {},
) {
  const password = input.password === undefined ? "correct horse battery staple" : input.password;
  const user = await db.user.create({
    data: {
      email: input.email ?? `user-${randomUUID().slice(0, 8)}@example.test`,
      role: input.role ?? "CUSTOMER",
      passwordHash: password === null ? null : await hashPassword(password),
      deactivatedAt: input.deactivated ? new Date() : null,
    },
    select: { id: true, email: true, role: true },
  });
  return { ...user, password };
}

/** A Cookie header carrying the session cookie from a Set-Cookie value. */
export function cookieHeaderFrom(setCookie: string): string {
  return setCookie.split(";")[0] ?? "";
}
