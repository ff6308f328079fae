// Ten one-time recovery codes, shown once at enrolment, for the day the phone is lost. Each carries
// 50 random bits, so a plain SHA-256 of it is enough to store (nobody brute-forces 2^50 hashes of a
// rate-limited login); a code is spent by a conditional update, so it works exactly once.
import { createHash, randomInt } from "node:crypto";
import type { Prisma } from "@comptoir/db";

export const RECOVERY_CODE_COUNT = 10;
// No 0/O, 1/I/L: codes are read off paper and typed by hand.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

type RecoveryDb = Pick<Prisma.TransactionClient, "recoveryCode">;

function randomGroup(length: number): string {
  let group = "";
  for (let index = 0; index < length; index++) group += ALPHABET[randomInt(ALPHABET.length)];
  return group;
}

/** "ABCDE-fghij", "abcdefghij" and " abcde fghij " are the same code. */
export function normalizeRecoveryCode(input: string): string | null {
  const compact = input.toLowerCase().replace(/[\s-]/g, "");
  if (compact.length !== 10 || [...compact].some((char) => !ALPHABET.includes(char))) return null;
  return `${compact.slice(0, 5)}-${compact.slice(5)}`;
}

export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(`recovery:${code}`, "utf8").digest("hex");
}

/** Replaces the account's recovery codes by ten new ones; returns them (the only time they exist in clear). */
export async function replaceRecoveryCodes(tx: RecoveryDb, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => `${randomGroup(5)}-${randomGroup(5)}`);
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({
    data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })),
  });
  return codes;
}

/** Spends `input` if it is an unused recovery code of the account; false otherwise. */
export async function spendRecoveryCode(db: RecoveryDb, userId: string, input: string): Promise<boolean> {
  const code = normalizeRecoveryCode(input);
  if (!code) return false;
  const { count } = await db.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: new Date() },
  });
  return count === 1;
}
