// One-time links sent by email (verification, magic link, password reset, email change). The link
// carries 256 random bits; only their SHA-256 is stored, so reading the table opens no account.
// A token is spent by a conditional update (usedAt IS NULL and not expired): two clicks racing on
// the same link log in once.
import { createHash, randomBytes } from "node:crypto";
import type { AuthTokenPurpose, Db, Prisma } from "@comptoir/db";

/** How long each kind of link stays valid. Resets are short: they grant the account outright. */
export const AUTH_TOKEN_LIFETIMES_MS: Record<AuthTokenPurpose, number> = {
  EMAIL_VERIFICATION: 24 * 60 * 60_000,
  MAGIC_LINK: 15 * 60_000,
  PASSWORD_RESET: 30 * 60_000,
  EMAIL_CHANGE: 24 * 60 * 60_000,
  // A new staff member may not read their email the same day.
  STAFF_INVITATION: 7 * 24 * 60 * 60_000,
};

type TokenDb = Pick<Db, "authToken"> | Pick<Prisma.TransactionClient, "authToken">;

export function hashAuthToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export interface IssuedAuthToken {
  /** The secret to put in the emailed link. Never stored, never logged. */
  token: string;
  expiresAt: Date;
}

/**
 * Creates a link for `purpose`. Earlier unused links of the same purpose for the same account (or
 * address) stop working: only the latest email is valid.
 */
export async function issueAuthToken(
  db: Db | Prisma.TransactionClient,
  input: { purpose: AuthTokenPurpose; userId: string | null; email: string; now?: Date },
): Promise<IssuedAuthToken> {
  // Two requests for the same kind of link at once must not both leave a working link: retiring
  // the old ones and creating the new one happen under a lock on (purpose, account or address).
  if ("$transaction" in db) return db.$transaction((tx) => issueAuthToken(tx, input));
  const now = input.now ?? new Date();
  const lockKey = `auth-token:${input.purpose}:${input.userId ?? `email:${input.email}`}`;
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${lockKey}))`;
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + AUTH_TOKEN_LIFETIMES_MS[input.purpose]);
  await db.authToken.updateMany({
    where: {
      purpose: input.purpose,
      usedAt: null,
      ...(input.userId ? { userId: input.userId } : { userId: null, email: input.email }),
    },
    data: { expiresAt: now },
  });
  await db.authToken.create({
    data: {
      tokenHash: hashAuthToken(token),
      purpose: input.purpose,
      userId: input.userId,
      email: input.email,
      expiresAt,
    },
  });
  return { token, expiresAt };
}

export interface SpentAuthToken {
  id: string;
  userId: string | null;
  email: string;
  purpose: AuthTokenPurpose;
}

/**
 * Spends a link: returns what it was issued for, or null when it is unknown, of another purpose,
 * expired or already used. Call it inside the transaction that does what the link allows, so a
 * failure gives the link back.
 */
export async function consumeAuthToken(
  db: TokenDb,
  input: { purpose: AuthTokenPurpose; token: string; now?: Date },
): Promise<SpentAuthToken | null> {
  if (input.token.length < 20 || input.token.length > 128) return null;
  const now = input.now ?? new Date();
  const tokenHash = hashAuthToken(input.token);
  const spent = await db.authToken.updateMany({
    where: { tokenHash, purpose: input.purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (spent.count !== 1) return null;
  return db.authToken.findUniqueOrThrow({
    where: { tokenHash },
    select: { id: true, userId: true, email: true, purpose: true },
  });
}

/** Ends every unused link of an account (after a password reset, an email change, a deletion). */
export async function revokeAuthTokensOf(db: TokenDb, userId: string, now = new Date()): Promise<void> {
  await db.authToken.updateMany({ where: { userId, usedAt: null }, data: { expiresAt: now } });
}
