// Role changes and deactivation of staff accounts. Each is one transaction with its audit event
// (before/after). The rules: nobody changes or deactivates themselves (an owner cannot lock the
// shop out by mistake), only an owner touches owners, and a deactivated account loses every
// session at once, in both apps.
import { auditRequestInfo, recordAuditEvent } from "@comptoir/audit";
import type { Db, Role } from "@comptoir/db";
import type { RequestInfo } from "../accounts/types";
import { canAssignRole } from "../permissions";
import { isStaffRole, type StaffRole } from "../roles";
import { endAllSessionsOf } from "../sessions";

interface Actor {
  id: string;
  role: Role;
}

export type StaffChangeRefusal = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT";
export type StaffChangeResult = { ok: true } | { ok: false; reason: StaffChangeRefusal };

type Target = { id: string; role: Role; deactivatedAt: Date | null };

async function targetOf(
  db: Pick<Db, "user">,
  actor: Actor,
  userId: string,
): Promise<{ target: Target } | { refusal: StaffChangeRefusal }> {
  const target = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, deactivatedAt: true },
  });
  if (!target || !isStaffRole(target.role)) return { refusal: "NOT_FOUND" };
  if (target.id === actor.id || !canAssignRole(actor.role, target.role)) return { refusal: "FORBIDDEN" };
  return { target };
}

export async function changeStaffRole(
  db: Db,
  input: { actor: Actor; userId: string; role: StaffRole; request: RequestInfo },
): Promise<StaffChangeResult> {
  if (!canAssignRole(input.actor.role, input.role)) return { ok: false, reason: "FORBIDDEN" };
  return db.$transaction(async (tx) => {
    const found = await targetOf(tx, input.actor, input.userId);
    if ("refusal" in found) return { ok: false as const, reason: found.refusal };
    const { target } = found;
    if (target.role === input.role) return { ok: true as const };
    // Conditional on the role just read: of two changes racing, the second is refused.
    const { count } = await tx.user.updateMany({
      where: { id: target.id, role: target.role },
      data: { role: input.role },
    });
    if (count !== 1) return { ok: false as const, reason: "CONFLICT" as const };
    await recordAuditEvent(tx, {
      action: "staff.role_change",
      actorId: input.actor.id,
      actorRole: input.actor.role,
      entityType: "User",
      entityId: target.id,
      ...auditRequestInfo(input.request),
      before: { role: target.role },
      after: { role: input.role },
    });
    return { ok: true as const };
  });
}

export async function deactivateStaff(
  db: Db,
  input: { actor: Actor; userId: string; request: RequestInfo; now?: Date },
): Promise<StaffChangeResult & { sessionsRevoked?: number }> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const found = await targetOf(tx, input.actor, input.userId);
    if ("refusal" in found) return { ok: false as const, reason: found.refusal };
    const { target } = found;
    if (target.deactivatedAt) return { ok: true as const, sessionsRevoked: 0 };
    await tx.user.update({ where: { id: target.id }, data: { deactivatedAt: now } });
    const sessionsRevoked = await endAllSessionsOf(tx, target.id);
    await recordAuditEvent(tx, {
      action: "staff.deactivate",
      actorId: input.actor.id,
      actorRole: input.actor.role,
      entityType: "User",
      entityId: target.id,
      ...auditRequestInfo(input.request),
      before: { deactivatedAt: null },
      after: { deactivatedAt: now.toISOString() },
      metadata: { sessionsRevoked },
    });
    return { ok: true as const, sessionsRevoked };
  });
}
