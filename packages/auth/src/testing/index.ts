// Builders for users and sessions in integration tests (any package).
import { randomUUID } from "node:crypto";
import type { Db, Locale, Role } from "@comptoir/db";
import type { AccountEmailJob } from "@comptoir/jobs";
import type { AccountEmailQueue } from "../accounts";
import { hashPassword } from "../password";

/**
 * A user with a password ("correct horse battery staple" unless given). Verified by default, as
 * most tests want a customer who can log in; `verified: false` is a fresh sign-up.
 */
export async function createTestUser(
  db: Db,
  input: {
    email?: string;
    role?: Role;
    password?: string | null;
    deactivated?: boolean;
    verified?: boolean;
    name?: string | null;
    locale?: Locale;
  } = {},
) {
  const password = input.password === undefined ? "correct horse battery staple" : input.password;
  const user = await db.user.create({
    data: {
      email: input.email ?? `user-${randomUUID().slice(0, 8)}@example.test`,
      role: input.role ?? "CUSTOMER",
      passwordHash: password === null ? null : await hashPassword(password),
      deactivatedAt: input.deactivated ? new Date() : null,
      emailVerifiedAt: input.verified === false ? null : new Date(),
      name: input.name ?? null,
      locale: input.locale ?? "fr",
    },
    select: { id: true, email: true, role: true },
  });
  return { ...user, password };
}

/** A Cookie header carrying the session cookie from a Set-Cookie value. */
export function cookieHeaderFrom(setCookie: string): string {
  return setCookie.split(";")[0] ?? "";
}

/** Keeps the account emails asked for, in order, with whether they were part of a transaction. */
export function recordingEmailQueue(): AccountEmailQueue & {
  sent: AccountEmailJob[];
  inTransaction: boolean[];
} {
  const sent: AccountEmailJob[] = [];
  const inTransaction: boolean[] = [];
  return {
    sent,
    inTransaction,
    async send(job, options) {
      sent.push(job);
      inTransaction.push(Boolean(options.tx));
    },
  };
}
