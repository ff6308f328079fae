// What a staff invitation is made of. The link is an AuthToken of purpose STAFF_INVITATION for the
// invitee's address: pending while unused and unexpired, 7 days long, single use. Who invited and
// with which role is its "staff.invited" audit entry, written in the same transaction. Acceptance
// reads the role back from that entry: the trail is append-only, so the role a new staff member
// gets is exactly the one recorded as granted, by the person recorded as granting it.
import type { Db, Prisma, Role } from "@comptoir/db";
import { isStaffRole, type StaffRole } from "../roles";

export const STAFF_INVITED_ACTION = "staff.invited";
export const STAFF_INVITATION_REVOKED_ACTION = "staff.invitation_revoked";
export const STAFF_INVITATION_ACCEPTED_ACTION = "staff.invitation_accepted";
/** The audit entity of an invitation; its id is the AuthToken's. */
export const STAFF_INVITATION_ENTITY = "StaffInvitation";

export type Tx = Prisma.TransactionClient;
type Reader = Db | Tx;

export interface InvitationActor {
  id: string;
  role: Role;
}

/** An invitation's latest grant: the role, who gave it and when. */
export interface InvitationGrant {
  role: StaffRole;
  invitedById: string | null;
  invitedAt: Date;
}

/** The AuthToken rows of invitations that can still be accepted. */
export function pendingInvitationWhere(now: Date) {
  return { purpose: "STAFF_INVITATION", usedAt: null, expiresAt: { gt: now } } as const;
}

/**
 * Serialises invitations to one address (two owners inviting the same person at once make one
 * invitation) and their acceptance, inside the caller's transaction.
 */
export async function lockInvitationsOf(tx: Tx, email: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`staff-invitation:${email}`}))`;
}

function roleOf(after: Prisma.JsonValue | null): StaffRole | null {
  if (typeof after !== "object" || after === null || Array.isArray(after)) return null;
  const role = (after as Record<string, unknown>).role;
  return typeof role === "string" && isStaffRole(role as Role) ? (role as StaffRole) : null;
}

/** The latest grant of each invitation (re-inviting an address may change the role). */
export async function grantsOf(db: Reader, invitationIds: string[]): Promise<Map<string, InvitationGrant>> {
  if (invitationIds.length === 0) return new Map();
  const entries = await db.auditLog.findMany({
    where: {
      action: STAFF_INVITED_ACTION,
      entityType: STAFF_INVITATION_ENTITY,
      entityId: { in: invitationIds },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { entityId: true, actorId: true, after: true, createdAt: true },
  });
  const grants = new Map<string, InvitationGrant>();
  for (const entry of entries) {
    if (!entry.entityId || grants.has(entry.entityId)) continue;
    const role = roleOf(entry.after);
    if (role) grants.set(entry.entityId, { role, invitedById: entry.actorId, invitedAt: entry.createdAt });
  }
  return grants;
}

export async function grantOf(db: Reader, invitationId: string): Promise<InvitationGrant | null> {
  return (await grantsOf(db, [invitationId])).get(invitationId) ?? null;
}
