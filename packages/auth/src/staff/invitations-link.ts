// The secret of an invitation link. The worker gives the invitation a fresh one each time it sends
// the email (the queue only ever names the invitation), so only the latest email's link works: a
// retried job or an invitation sent again makes the earlier links stop working.
import { randomBytes } from "node:crypto";
import type { Db } from "@comptoir/db";
import { hashAuthToken } from "../auth-tokens";
import type { StaffRole } from "../roles";
import { grantOf, pendingInvitationWhere } from "./invitations-records";

export interface InvitationLink {
  /** The secret to put in the emailed link. Never stored, never logged. */
  token: string;
  email: string;
  role: StaffRole;
  expiresAt: Date;
  /** Who invited, as the email names them. */
  invitedBy: { name: string | null; email: string } | null;
}

/**
 * A new secret for a pending invitation; null when it was accepted, revoked or has expired
 * (nothing is to be sent then).
 */
export async function issueInvitationLink(
  db: Db,
  input: { invitationId: string; now?: Date },
): Promise<InvitationLink | null> {
  const now = input.now ?? new Date();
  const token = randomBytes(32).toString("base64url");
  return db.$transaction(async (tx) => {
    const { count } = await tx.authToken.updateMany({
      where: { ...pendingInvitationWhere(now), id: input.invitationId },
      data: { tokenHash: hashAuthToken(token) },
    });
    if (count !== 1) return null;
    const grant = await grantOf(tx, input.invitationId);
    if (!grant) return null;
    const invitation = await tx.authToken.findUniqueOrThrow({
      where: { id: input.invitationId },
      select: { email: true, expiresAt: true },
    });
    const invitedBy = grant.invitedById
      ? await tx.user.findUnique({ where: { id: grant.invitedById }, select: { name: true, email: true } })
      : null;
    return { token, email: invitation.email, role: grant.role, expiresAt: invitation.expiresAt, invitedBy };
  });
}

/**
 * What a link invites to, without spending it: the address and the role, or null when the link is
 * unknown, used, revoked or expired, or the address has had an account since.
 */
export async function findStaffInvitation(
  db: Db,
  input: { token: string; now?: Date },
): Promise<{ id: string; email: string; role: StaffRole; expiresAt: Date } | null> {
  if (input.token.length < 20 || input.token.length > 128) return null;
  const now = input.now ?? new Date();
  const invitation = await db.authToken.findFirst({
    where: { ...pendingInvitationWhere(now), tokenHash: hashAuthToken(input.token) },
    select: { id: true, email: true, expiresAt: true },
  });
  if (!invitation) return null;
  const grant = await grantOf(db, invitation.id);
  if (!grant) return null;
  const taken = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  if (taken) return null;
  return { ...invitation, role: grant.role };
}
