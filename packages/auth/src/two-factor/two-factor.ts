// Enrolment, the login's second step and re-authentication. Each success and failure is an audit
// event; codes, secrets and recovery codes never are.
import { auditRequestInfo, recordAuditEvent } from "@comptoir/audit";
import type { Db, Role } from "@comptoir/db";
import type { RequestInfo } from "../accounts/types";
import { verifyPassword } from "../password";
import { normalizeRecoveryCode, replaceRecoveryCodes, spendRecoveryCode } from "./recovery-codes";
import { decryptTotpSecret, encryptTotpSecret } from "./secret-box";
import { matchTotpCode, newTotpSecret, normalizeTotpCode, totpQrSvg, totpUri } from "./totp";

interface Actor {
  id: string;
  role: Role;
  email: string;
}

export type SecondFactorMethod = "totp" | "recovery_code";

const entityOf = (user: Actor) => ({
  actorId: user.id,
  actorRole: user.role,
  entityType: "User",
  entityId: user.id,
});

async function totpFields(db: Db, userId: string) {
  return db.user.findUnique({
    where: { id: userId },
    select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true },
  });
}

/**
 * Accepts a current TOTP code (once: the step is recorded by a conditional update, so the same
 * code sent twice at once passes once) or an unused recovery code of the account.
 */
export async function checkSecondFactor(
  db: Db,
  userId: string,
  code: string,
  now: Date = new Date(),
): Promise<SecondFactorMethod | null> {
  const fields = await totpFields(db, userId);
  if (!fields?.totpEnabledAt || !fields.totpSecret) return null;
  if (normalizeTotpCode(code)) {
    const secret = decryptTotpSecret(fields.totpSecret, userId);
    if (!secret) return null;
    const step = await matchTotpCode(secret, code, { afterStep: fields.totpLastStep, now });
    if (step === null) return null;
    const { count } = await db.user.updateMany({
      where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return count === 1 ? "totp" : null;
  }
  if (normalizeRecoveryCode(code)) {
    return (await spendRecoveryCode(db, userId, code)) ? "recovery_code" : null;
  }
  return null;
}

/** The login's second step: with a right code the session opens the admin. */
export async function completeSecondFactor(
  db: Db,
  input: { user: Actor; sessionId: string; code: string; request: RequestInfo; now?: Date },
): Promise<boolean> {
  const now = input.now ?? new Date();
  const method = await checkSecondFactor(db, input.user.id, input.code, now);
  if (!method) {
    await recordAuditEvent(db, {
      action: "two_factor_failed",
      ...entityOf(input.user),
      ...auditRequestInfo(input.request),
      metadata: { purpose: "login" },
    });
    return false;
  }
  await db.$transaction(async (tx) => {
    await tx.session.update({
      where: { id: input.sessionId },
      data: { secondFactorAt: now, reauthenticatedAt: now },
    });
    await recordAuditEvent(tx, {
      action: "two_factor_verified",
      ...entityOf(input.user),
      ...auditRequestInfo(input.request),
      metadata: { method },
    });
  });
  return true;
}

/**
 * Proves again who holds the session, with a code (or recovery code) when the account has two-factor
 * enabled, else with the password. Sensitive actions accept the session for a few minutes after.
 */
export async function reauthenticate(
  db: Db,
  input: { user: Actor; sessionId: string; secret: string; request: RequestInfo; now?: Date },
): Promise<boolean> {
  const now = input.now ?? new Date();
  const account = await db.user.findUnique({
    where: { id: input.user.id },
    select: { passwordHash: true, totpEnabledAt: true },
  });
  const method = account?.totpEnabledAt
    ? await checkSecondFactor(db, input.user.id, input.secret, now)
    : account?.passwordHash && (await verifyPassword(account.passwordHash, input.secret))
      ? "password"
      : null;
  await db.$transaction(async (tx) => {
    if (method) {
      await tx.session.update({ where: { id: input.sessionId }, data: { reauthenticatedAt: now } });
    }
    await recordAuditEvent(tx, {
      action: method ? "reauthenticated" : "two_factor_failed",
      ...entityOf(input.user),
      ...auditRequestInfo(input.request),
      metadata: method ? { method } : { purpose: "reauthentication" },
    });
  });
  return method !== null;
}

export interface TwoFactorEnrolment {
  /** For typing into the app by hand when the QR code cannot be scanned. */
  secret: string;
  uri: string;
  qrSvg: string;
}

/**
 * The secret to enrol, kept (encrypted) on the account until a first code confirms it. Asking
 * again shows the same secret, so a page reload does not break a QR code already scanned. Null
 * when two-factor is already enabled.
 */
export async function beginTwoFactorEnrolment(db: Db, user: Actor): Promise<TwoFactorEnrolment | null> {
  const fields = await totpFields(db, user.id);
  if (!fields || fields.totpEnabledAt) return null;
  let secret = fields.totpSecret ? decryptTotpSecret(fields.totpSecret, user.id) : null;
  if (!secret) {
    secret = newTotpSecret();
    await db.user.update({
      where: { id: user.id },
      data: { totpSecret: encryptTotpSecret(secret, user.id) },
    });
  }
  const uri = totpUri(secret, user.email);
  return { secret, uri, qrSvg: await totpQrSvg(uri) };
}

/**
 * Turns two-factor on once `code` proves the app holds the secret: ten recovery codes (returned,
 * the only time they are readable), and the session counts as having given its second factor.
 * Null for a wrong code or when there is no enrolment in progress.
 */
export async function confirmTwoFactorEnrolment(
  db: Db,
  input: { user: Actor; sessionId: string; code: string; request: RequestInfo; now?: Date },
): Promise<string[] | null> {
  const now = input.now ?? new Date();
  const fields = await totpFields(db, input.user.id);
  const secret =
    fields?.totpSecret && !fields.totpEnabledAt ? decryptTotpSecret(fields.totpSecret, input.user.id) : null;
  const step = secret ? await matchTotpCode(secret, input.code, { now }) : null;
  if (step === null) {
    await recordAuditEvent(db, {
      action: "two_factor_failed",
      ...entityOf(input.user),
      ...auditRequestInfo(input.request),
      metadata: { purpose: "enrolment" },
    });
    return null;
  }
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: input.user.id, totpEnabledAt: null, totpSecret: fields!.totpSecret },
      data: { totpEnabledAt: now, totpLastStep: step },
    });
    if (count !== 1) return null;
    const codes = await replaceRecoveryCodes(tx, input.user.id);
    await tx.session.update({
      where: { id: input.sessionId },
      data: { secondFactorAt: now, reauthenticatedAt: now },
    });
    await recordAuditEvent(tx, {
      action: "two_factor_enabled",
      ...entityOf(input.user),
      ...auditRequestInfo(input.request),
      metadata: { recoveryCodes: codes.length },
    });
    return codes;
  });
}
