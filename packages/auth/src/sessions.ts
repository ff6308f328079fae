import type { Db, Prisma } from "@comptoir/db";
import { luciaFor, type Audience } from "./lucia";
import { isStaffRole } from "./roles";
import type { SessionUser } from "./session-user";

export interface ValidatedSession {
  user: SessionUser;
  sessionId: string;
  expiresAt: Date;
}

export interface SessionCheck {
  session: ValidatedSession | null;
  /** A Set-Cookie value to send back: the extended cookie (sliding expiry) or a blank one (dead session). */
  setCookie: string | null;
}

/** Reads the session from the Cookie header, or from `Authorization: Bearer <id>` for API clients. */
export async function validateRequestSession(
  db: Db,
  audience: Audience,
  headers: Headers,
): Promise<SessionCheck> {
  const lucia = luciaFor(db, audience);
  const fromCookie = lucia.readSessionCookie(headers.get("cookie") ?? "");
  const sessionId = fromCookie ?? lucia.readBearerToken(headers.get("authorization") ?? "");
  if (!sessionId) return { session: null, setCookie: null };

  const { session, user } = await lucia.validateSession(sessionId);
  // A session opened in the other app is not a session here (and stays valid there).
  if (session && session.audience !== audience) return { session: null, setCookie: null };
  // Deactivated accounts, and staff demoted to customers (for their admin sessions), are out at once.
  if (!session || user.deactivatedAt || (audience === "admin" && !isStaffRole(user.role))) {
    if (session) await lucia.invalidateSession(session.id);
    return { session: null, setCookie: fromCookie ? lucia.createBlankSessionCookie().serialize() : null };
  }
  return {
    session: {
      user: { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale },
      sessionId: session.id,
      expiresAt: session.expiresAt,
    },
    setCookie: session.fresh && fromCookie ? lucia.createSessionCookie(session.id).serialize() : null,
  };
}

/** Where a session was opened from: kept with it so that its owner can tell their devices apart. */
export interface SessionDevice {
  userAgent?: string | null;
  ipAddress?: string | null;
}

/** Starts a session (a new random id every time) and returns the cookie that carries it. */
export async function startSession(db: Db, audience: Audience, userId: string, device: SessionDevice = {}) {
  const lucia = luciaFor(db, audience);
  const session = await lucia.createSession(userId, {
    audience,
    userAgent: device.userAgent?.slice(0, 256) ?? null,
    ipAddress: device.ipAddress?.slice(0, 64) ?? null,
  });
  return {
    sessionId: session.id,
    expiresAt: session.expiresAt,
    setCookie: lucia.createSessionCookie(session.id).serialize(),
  };
}

/** Ends one session server-side and returns the blank cookie that clears it in the browser. */
export async function endSession(db: Db, audience: Audience, sessionId: string): Promise<string> {
  const lucia = luciaFor(db, audience);
  await lucia.invalidateSession(sessionId);
  return lucia.createBlankSessionCookie().serialize();
}

/**
 * Ends every session of an account, in every app, except `exceptSessionId` when given (the one
 * the person is using). Returns how many ended. Accepts a transaction, so that a password reset
 * and the end of the sessions it revokes commit together.
 */
export async function endAllSessionsOf(
  db: Pick<Db, "session"> | Pick<Prisma.TransactionClient, "session">,
  userId: string,
  options: { exceptSessionId?: string | null } = {},
): Promise<number> {
  const { count } = await db.session.deleteMany({
    where: { userId, ...(options.exceptSessionId ? { id: { not: options.exceptSessionId } } : {}) },
  });
  return count;
}

/** The Set-Cookie value that clears the app's session cookie (after an account is deleted, say). */
export function blankSessionCookie(db: Db, audience: Audience): string {
  return luciaFor(db, audience).createBlankSessionCookie().serialize();
}
