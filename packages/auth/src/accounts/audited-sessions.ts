// Sessions a person opens and closes, each with its audit event. The events name the account, the
// app and the client, never a session id: the id is the secret in the cookie.
import { auditRequestInfo, recordAuditEvent } from "@comptoir/audit";
import type { Db, Role } from "@comptoir/db";
import type { Audience } from "../lucia";
import { endSessionByPublicId } from "../session-list";
import { blankSessionCookie, endAllSessionsOf, endSession, startSession } from "../sessions";
import type { LoginMethod, RequestInfo } from "./types";

interface Actor {
  id: string;
  role: Role;
}

const userEntity = (user: Actor) => ({
  actorId: user.id,
  actorRole: user.role,
  entityType: "User",
  entityId: user.id,
});

const deviceOf = (request: RequestInfo) => ({
  userAgent: request.userAgent,
  ipAddress: request.clientAddress,
});

/**
 * Logs `user` in: a brand-new session (the request's previous one, whoever it belonged to, ends, so
 * an id planted in the browser before login is never promoted) and a `user_login` event.
 */
export async function openLoginSession(
  db: Db,
  input: {
    audience: Audience;
    user: Actor;
    method: LoginMethod;
    request: RequestInfo;
    previousSessionId: string | null;
  },
) {
  if (input.previousSessionId) await endSession(db, input.audience, input.previousSessionId);
  const session = await startSession(db, input.audience, input.user.id, deviceOf(input.request));
  await recordAuditEvent(db, {
    action: "user_login",
    ...userEntity(input.user),
    ...auditRequestInfo(input.request),
    metadata: { method: input.method, audience: input.audience },
  });
  return session;
}

/**
 * Replaces the request's session by a new one for the same person, after a change of privilege
 * (a new password): whoever copied the old id holds nothing any more.
 */
export async function rotateSession(
  db: Db,
  input: { audience: Audience; userId: string; sessionId: string; request: RequestInfo },
) {
  await endSession(db, input.audience, input.sessionId);
  return startSession(db, input.audience, input.userId, deviceOf(input.request));
}

/** Why a login was refused, for the audit trail only: the person is always told the same thing. */
export type LoginFailureReason =
  "unknown_account" | "wrong_password" | "no_password" | "deactivated" | "not_staff" | "email_not_verified";

/** A `login_failed` event; `user` is null when no account has the address (the address is not kept). */
export async function recordLoginFailure(
  db: Db,
  input: { user: Actor | null; reason: LoginFailureReason; audience: Audience; request: RequestInfo },
): Promise<void> {
  await recordAuditEvent(db, {
    action: "login_failed",
    ...(input.user ? userEntity(input.user) : { entityType: "User" }),
    ...auditRequestInfo(input.request),
    metadata: { reason: input.reason, audience: input.audience },
  });
}

/** Ends the request's session server-side; returns the blank cookie that clears it. */
export async function logOut(
  db: Db,
  input: { audience: Audience; sessionId: string; user: Actor; request: RequestInfo },
): Promise<string> {
  const blank = await endSession(db, input.audience, input.sessionId);
  await recordAuditEvent(db, {
    action: "logout",
    ...userEntity(input.user),
    ...auditRequestInfo(input.request),
    metadata: { audience: input.audience },
  });
  return blank;
}

/** Ends every session of the account, in every app ("log out of all devices"). */
export async function logOutEverywhere(
  db: Db,
  input: { audience: Audience; user: Actor; request: RequestInfo },
): Promise<{ count: number; setCookie: string }> {
  const count = await db.$transaction(async (tx) => {
    const ended = await endAllSessionsOf(tx, input.user.id);
    await recordAuditEvent(tx, {
      action: "sessions_revoked",
      ...userEntity(input.user),
      ...auditRequestInfo(input.request),
      metadata: { count: ended, scope: "all" },
    });
    return ended;
  });
  return { count, setCookie: blankSessionCookie(db, input.audience) };
}

/**
 * Ends one of the account's sessions, named by its public id. Null when the account has no such
 * session; `current` tells the caller to clear the cookie of the request too.
 */
export async function revokeListedSession(
  db: Db,
  input: { user: Actor; publicId: string; currentSessionId: string | null; request: RequestInfo },
): Promise<{ current: boolean } | null> {
  const ended = await endSessionByPublicId(db, { userId: input.user.id, publicId: input.publicId });
  if (!ended) return null;
  const current = ended.sessionId === input.currentSessionId;
  await recordAuditEvent(db, {
    action: "sessions_revoked",
    ...userEntity(input.user),
    ...auditRequestInfo(input.request),
    metadata: { count: 1, scope: current ? "current" : "one" },
  });
  return { current };
}
