// The list of a person's sessions ("where you are logged in"). A session id is the secret carried by
// the cookie, so the list names each session by a hash of it instead: the public id can be shown,
// logged or sent back to revoke the session, and opens nothing.
import { createHash } from "node:crypto";
import type { Db } from "@comptoir/db";

/** The public name of a session: a SHA-256 of its id (domain-separated from link token hashes). */
export function publicSessionId(sessionId: string): string {
  return createHash("sha256").update(`comptoir-session:${sessionId}`, "utf8").digest("base64url");
}

export interface ListedSession {
  /** publicSessionId of the session, never the session id. */
  id: string;
  createdAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  ipAddress: string | null;
  /** The session of the request asking. */
  current: boolean;
}

/** The account's live sessions, newest first. */
export async function listSessionsOf(
  db: Db,
  input: { userId: string; currentSessionId: string | null; now?: Date },
): Promise<ListedSession[]> {
  const sessions = await db.session.findMany({
    where: { userId: input.userId, expiresAt: { gt: input.now ?? new Date() } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, createdAt: true, expiresAt: true, userAgent: true, ipAddress: true },
  });
  return sessions.map((session) => ({
    id: publicSessionId(session.id),
    createdAt: session.createdAt,
    expiresAt: session.expiresAt,
    userAgent: session.userAgent,
    ipAddress: session.ipAddress,
    current: session.id === input.currentSessionId,
  }));
}

/**
 * Ends the account's session whose public id is `publicId`. Returns the ended session's id, or null
 * when the account has no such session (another person's session is "no such session" too).
 */
export async function endSessionByPublicId(
  db: Db,
  input: { userId: string; publicId: string },
): Promise<{ sessionId: string } | null> {
  const sessions = await db.session.findMany({ where: { userId: input.userId }, select: { id: true } });
  const match = sessions.find((session) => publicSessionId(session.id) === input.publicId);
  if (!match) return null;
  // deleteMany: when the same session is revoked twice at once, the second finds nothing instead of failing.
  const { count } = await db.session.deleteMany({ where: { id: match.id, userId: input.userId } });
  return count === 1 ? { sessionId: match.id } : null;
}
