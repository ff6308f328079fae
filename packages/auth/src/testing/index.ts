// Builders for users and sessions in integration tests (any package).
import { randomUUID } from "node:crypto";
import type { Db, Locale, Role } from "@comptoir/db";
import type { AccountEmailJob } from "@comptoir/jobs";
import type { AccountEmailQueue } from "../accounts";
import { hashPassword } from "../password";
import { encryptTotpSecret, newTotpSecret } from "../two-factor";

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

/**
 * Turns two-factor on for an account with a fresh secret, as enrolment would (without recovery
 * codes); returns the secret, from which tests compute codes with currentTotpCode.
 */
export async function enableTestTotp(db: Db, userId: string): Promise<string> {
  const secret = newTotpSecret();
  await db.user.update({
    where: { id: userId },
    data: { totpSecret: encryptTotpSecret(secret, userId), totpEnabledAt: new Date(), totpLastStep: null },
  });
  return secret;
}

/** Marks an admin session as past its second factor (and freshly re-authenticated, unless told otherwise). */
export async function completeTestSecondFactor(
  db: Db,
  sessionId: string,
  options: { reauthenticatedAt?: Date | null } = {},
): Promise<void> {
  const now = new Date();
  await db.session.update({
    where: { id: sessionId },
    data: {
      secondFactorAt: now,
      reauthenticatedAt: options.reauthenticatedAt === undefined ? now : options.reauthenticatedAt,
    },
  });
}
