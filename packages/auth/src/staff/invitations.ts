// Inviting someone to the shop's team: an owner or admin names an address, a role (never above
// their own) and the language of the email. The invitee follows the emailed link to choose their
// name and password (see invitations-accept.ts). Each change is one transaction with its audit
// entry and, for an invitation, the job that sends its email.
import { randomBytes } from "node:crypto";
import { auditRequestInfo, recordAuditEvent } from "@comptoir/audit";
import type { Db, Locale } from "@comptoir/db";
import type { StaffInvitationEmailJob } from "@comptoir/jobs";
import type { RequestInfo } from "../accounts/types";
import { AUTH_TOKEN_LIFETIMES_MS, hashAuthToken } from "../auth-tokens";
import { canAssignRole } from "../permissions";
import type { StaffRole } from "../roles";
import { normalizeOwnerEmail } from "./create-owner";
import {
  grantOf,
  grantsOf,
  lockInvitationsOf,
  pendingInvitationWhere,
  STAFF_INVITATION_ENTITY,
  STAFF_INVITATION_REVOKED_ACTION,
  STAFF_INVITED_ACTION,
  type InvitationActor,
  type Tx,
} from "./invitations-records";

/**
 * Queues the invitation email (the API's job sender). Given the invitation's transaction, so that
 * the email exists if and only if the invitation does.
 */
export interface StaffInvitationEmails {
  send(tx: Tx, job: StaffInvitationEmailJob): Promise<void>;
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: StaffRole;
  invitedBy: { id: string; email: string; name: string | null } | null;
  /** When the latest email was asked for (an invitation sent again counts from then). */
  invitedAt: Date;
  expiresAt: Date;
}

export type InvitationRefusal =
  /** Not an email address. */
  | "email_invalid"
  /** The address already belongs to a staff account (active or not). */
  | "already_staff"
  /** The address belongs to a customer account: a shopper is not turned into staff by email. */
  | "customer_account"
  /** A role above the inviter's own. */
  | "FORBIDDEN"
  | "NOT_FOUND";

export type InviteResult =
  | {
      ok: true;
      invitation: { id: string; email: string; role: StaffRole; expiresAt: Date; renewed: boolean };
    }
  | { ok: false; reason: InvitationRefusal };

const INVITATION_LIFETIME_MS = AUTH_TOKEN_LIFETIMES_MS.STAFF_INVITATION;

/**
 * Invites `email` with `role`. A pending invitation for the same address is reused: it gets the
 * new role and seven more days, and a new email whose link replaces the previous one. The row is
 * created with the hash of a secret nobody ever sees: the link only exists once the worker gives
 * it its own secret, so the queue never holds one.
 */
export async function inviteStaff(
  db: Db,
  input: {
    actor: InvitationActor;
    email: string;
    role: StaffRole;
    locale: Locale;
    /** The admin's public address, for the link in the email. */
    adminUrl: string;
    request: RequestInfo;
    now?: Date;
  },
  deps: { emails: StaffInvitationEmails },
): Promise<InviteResult> {
  const email = normalizeOwnerEmail(input.email);
  if (!email) return { ok: false, reason: "email_invalid" };
  if (!canAssignRole(input.actor.role, input.role)) return { ok: false, reason: "FORBIDDEN" };
  const now = input.now ?? new Date();
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
  return db.$transaction(async (tx): Promise<InviteResult> => {
    await lockInvitationsOf(tx, email);
    const account = await tx.user.findUnique({ where: { email }, select: { role: true } });
    if (account) {
      return {
        ok: false,
        reason: account.role === "CUSTOMER" ? "customer_account" : "already_staff",
      };
    }
    const pending = await tx.authToken.findFirst({
      where: { ...pendingInvitationWhere(now), email },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    });
    const previous = pending ? await grantOf(tx, pending.id) : null;
    // An admin may not take over (and so downgrade or resend) an owner's invitation of an owner.
    if (previous && !canAssignRole(input.actor.role, previous.role)) {
      return { ok: false, reason: "FORBIDDEN" };
    }
    const invitation = pending
      ? await tx.authToken.update({ where: { id: pending.id }, data: { expiresAt }, select: { id: true } })
      : await tx.authToken.create({
          data: {
            purpose: "STAFF_INVITATION",
            email,
            userId: null,
            tokenHash: hashAuthToken(randomBytes(32).toString("base64url")),
            expiresAt,
          },
          select: { id: true },
        });
    await recordAuditEvent(tx, {
      action: STAFF_INVITED_ACTION,
      actorId: input.actor.id,
      actorRole: input.actor.role,
      entityType: STAFF_INVITATION_ENTITY,
      entityId: invitation.id,
      ...auditRequestInfo(input.request),
      before: previous ? { role: previous.role } : null,
      // No address: the trail names the invitation by id (its row holds the address).
      after: { role: input.role },
      metadata: { locale: input.locale, expiresAt: expiresAt.toISOString(), renewed: Boolean(pending) },
    });
    await deps.emails.send(tx, {
      invitationId: invitation.id,
      locale: input.locale,
      adminUrl: input.adminUrl,
    });
    return {
      ok: true,
      invitation: { id: invitation.id, email, role: input.role, expiresAt, renewed: Boolean(pending) },
    };
  });
}

/** Invitations that can still be accepted, the most recent first. */
export async function listPendingInvitations(db: Db, now = new Date()): Promise<PendingInvitation[]> {
  const rows = await db.authToken.findMany({
    where: pendingInvitationWhere(now),
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, expiresAt: true },
  });
  const grants = await grantsOf(
    db,
    rows.map((row) => row.id),
  );
  const inviterIds = [...new Set([...grants.values()].flatMap((grant) => grant.invitedById ?? []))];
  const inviters = new Map(
    (
      await db.user.findMany({
        where: { id: { in: inviterIds } },
        select: { id: true, email: true, name: true },
      })
    ).map((user) => [user.id, user]),
  );
  return rows
    .flatMap((row) => {
      const grant = grants.get(row.id);
      // A token without its grant was not made by inviteStaff: it opens nothing, so it is not listed.
      if (!grant) return [];
      return [
        {
          id: row.id,
          email: row.email,
          role: grant.role,
          invitedBy: (grant.invitedById && inviters.get(grant.invitedById)) || null,
          invitedAt: grant.invitedAt,
          expiresAt: row.expiresAt,
        },
      ];
    })
    .sort((a, b) => b.invitedAt.getTime() - a.invitedAt.getTime());
}

/**
 * Withdraws a pending invitation: its link stops working at once. Only someone who may hand out
 * its role may withdraw it (an admin cannot cancel an owner's invitation of an owner).
 */
export async function revokeStaffInvitation(
  db: Db,
  input: { actor: InvitationActor; invitationId: string; request: RequestInfo; now?: Date },
): Promise<{ ok: true } | { ok: false; reason: "NOT_FOUND" | "FORBIDDEN" }> {
  const now = input.now ?? new Date();
  return db.$transaction(
    async (tx): Promise<{ ok: true } | { ok: false; reason: "NOT_FOUND" | "FORBIDDEN" }> => {
      const invitation = await tx.authToken.findFirst({
        where: { ...pendingInvitationWhere(now), id: input.invitationId },
        select: { id: true, email: true, expiresAt: true },
      });
      const grant = invitation ? await grantOf(tx, invitation.id) : null;
      if (!invitation || !grant) return { ok: false, reason: "NOT_FOUND" };
      if (!canAssignRole(input.actor.role, grant.role)) return { ok: false, reason: "FORBIDDEN" };
      // Conditional on still being pending: an acceptance racing the revocation wins or loses whole.
      const { count } = await tx.authToken.updateMany({
        where: { ...pendingInvitationWhere(now), id: invitation.id },
        data: { expiresAt: now },
      });
      if (count !== 1) return { ok: false, reason: "NOT_FOUND" };
      await recordAuditEvent(tx, {
        action: STAFF_INVITATION_REVOKED_ACTION,
        actorId: input.actor.id,
        actorRole: input.actor.role,
        entityType: STAFF_INVITATION_ENTITY,
        entityId: invitation.id,
        ...auditRequestInfo(input.request),
        before: { expiresAt: invitation.expiresAt.toISOString() },
        after: { expiresAt: now.toISOString() },
        metadata: { role: grant.role },
      });
      return { ok: true };
    },
  );
}
