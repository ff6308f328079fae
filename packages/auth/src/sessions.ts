import type { Db } from "@comptoir/db";
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

/** Starts a session and returns the cookie that carries it. */
export async function startSession(db: Db, audience: Audience, userId: string) {
  const lucia = luciaFor(db, audience);
  const session = await lucia.createSession(userId, { audience });
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

export async function endAllSessionsOf(db: Db, userId: string): Promise<void> {
  await db.session.deleteMany({ where: { userId } });
}

/** The Set-Cookie value that clears the app's session cookie (after an account is deleted, say). */
export function blankSessionCookie(db: Db, audience: Audience): string {
  return luciaFor(db, audience).createBlankSessionCookie().serialize();
}
