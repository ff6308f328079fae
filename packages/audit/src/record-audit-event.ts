// The audit trail. Every security event (logins, password changes, account deletion...) and every
// admin mutation goes through recordAuditEvent: one row in AuditLog, written with the caller's
// client (pass the transaction so the entry commits or rolls back with the change), and the same
// event as one JSON log line once it is written. Passwords, tokens and session ids never belong in
// an event; the logger masks them anyway should one slip into `metadata`.
import type { Db, Prisma, Role } from "@comptoir/db";
import { getLogger, redact, type Logger } from "@comptoir/observability";

/** Security events of customer and staff accounts (issue-independent names, stable for log queries). */
export const ACCOUNT_AUDIT_ACTIONS = [
  "user_created",
  "user_login",
  "login_failed",
  "logout",
  "password_changed",
  "password_reset",
  "email_changed",
  "account_deleted",
  "sessions_revoked",
] as const;
export type AccountAuditAction = (typeof ACCOUNT_AUDIT_ACTIONS)[number];

export interface AuditEvent {
  /** An account action above, or "<entity>.<verb>" for admin changes ("product.update"). */
  action: AccountAuditAction | (string & {});
  /** Who did it; null for an anonymous attempt (a failed login names no one). */
  actorId?: string | null;
  actorRole?: Role | null;
  /** What it was done to. */
  entityType?: string | null;
  entityId?: string | null;
  /** Where from: the client's address and browser. */
  ipAddress?: string | null;
  userAgent?: string | null;
  /** For changes: the fields that changed, as they were and as they are. */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Anything else worth knowing (a reason, a count). Never a secret. */
  metadata?: Record<string, unknown> | null;
}

/** The request facts every event carries: pass `ctx` from the API. */
export interface AuditRequest {
  clientAddress: string | null;
  userAgent: string | null;
}

/** Any client that can insert an audit row: the Db or a transaction. */
export type AuditWriter = Pick<Db, "auditLog">;

const json = (value: Record<string, unknown> | null | undefined) =>
  value === null || value === undefined ? undefined : (redact(value) as Prisma.InputJsonValue);

export async function recordAuditEvent(
  db: AuditWriter,
  event: AuditEvent,
  logger: Logger = getLogger(),
): Promise<void> {
  const row = await db.auditLog.create({
    data: {
      action: event.action,
      actorId: event.actorId ?? null,
      actorRole: event.actorRole ?? null,
      entityType: event.entityType ?? null,
      entityId: event.entityId ?? null,
      ipAddress: event.ipAddress ?? null,
      userAgent: event.userAgent?.slice(0, 256) ?? null,
      before: json(event.before),
      after: json(event.after),
      metadata: json(event.metadata),
    },
    select: { id: true, createdAt: true },
  });
  // The line is written even if a surrounding transaction later rolls back: a log of an attempt is
  // still true. The row is the record of what happened.
  logger.info(
    {
      audit: {
        id: row.id,
        at: row.createdAt.toISOString(),
        action: event.action,
        actorId: event.actorId ?? null,
        actorRole: event.actorRole ?? null,
        entityType: event.entityType ?? null,
        entityId: event.entityId ?? null,
        ipAddress: event.ipAddress ?? null,
        before: event.before ?? null,
        after: event.after ?? null,
        metadata: event.metadata ?? null,
      },
    },
    `audit ${event.action}`,
  );
}

/** The request part of an event, from an API context. */
export function auditRequestInfo(request: AuditRequest): Pick<AuditEvent, "ipAddress" | "userAgent"> {
  return { ipAddress: request.clientAddress, userAgent: request.userAgent };
}
