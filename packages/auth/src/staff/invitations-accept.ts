// Accepting a staff invitation: the invitee, with no session, follows the emailed link and chooses
// their name and password. The account is created with the role of the invitation's latest grant,
// its address counts as verified (the link reached it), and the link is spent in the same
// transaction, so it opens exactly one account. Admins and owners then enrol two-factor at their
// first login, as every admin and owner must.
import { auditRequestInfo, recordAuditEvent } from "@comptoir/audit";
import type { Db, Locale } from "@comptoir/db";
import { accountUserSelect, toSessionUser } from "../accounts/account-user";
import type { RequestInfo } from "../accounts/types";
import { isUniqueViolation } from "../accounts/unique-violation";
import { consumeAuthToken } from "../auth-tokens";
import { hashPassword } from "../password";
import type { SessionUser } from "../session-user";
import { ownerPasswordProblem, type OwnerInputProblem } from "./create-owner";
import { findStaffInvitation } from "./invitations-link";
import {
  grantOf,
  lockInvitationsOf,
  STAFF_INVITATION_ACCEPTED_ACTION,
  STAFF_INVITATION_ENTITY,
} from "./invitations-records";

export const STAFF_NAME_MAX_LENGTH = 120;

export type AcceptInvitationRefusal =
  /** Unknown, used, revoked or expired link, or its address has had an account since. */
  "link_invalid" | Exclude<OwnerInputProblem, "email_invalid">;

export type AcceptInvitationResult =
  { ok: true; user: SessionUser } | { ok: false; reason: AcceptInvitationRefusal };

/**
 * Creates the invited staff account. The password follows the staff rules (12 characters or more,
 * not guessable from common passwords, the address or the name). Nothing changes on a refusal:
 * the link stays valid for another try.
 */
export async function acceptStaffInvitation(
  db: Db,
  input: {
    token: string;
    name: string;
    password: string;
    /** The language the invitee reads the admin in. */
    locale: Locale;
    request: RequestInfo;
    now?: Date;
  },
): Promise<AcceptInvitationResult> {
  const now = input.now ?? new Date();
  const invitation = await findStaffInvitation(db, { token: input.token, now });
  if (!invitation) return { ok: false, reason: "link_invalid" };
  const name = input.name.trim();
  if (!name || name.length > STAFF_NAME_MAX_LENGTH) return { ok: false, reason: "name_invalid" };
  // The staff rules of the first owner's password; the address is the invitation's, not typed.
  const problem = await ownerPasswordProblem(input.password, [invitation.email, name]);
  if (problem && problem !== "email_invalid") return { ok: false, reason: problem };
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      await lockInvitationsOf(tx, invitation.email);
      if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
        return { ok: false as const, reason: "link_invalid" as const };
      }
      const spent = await consumeAuthToken(tx, { purpose: "STAFF_INVITATION", token: input.token, now });
      // Read again under the lock: the role may have changed since the page was opened.
      const grant = spent ? await grantOf(tx, spent.id) : null;
      if (!spent || !grant) throw new LinkRefused();
      const user = await tx.user.create({
        data: {
          email: spent.email,
          name,
          passwordHash,
          role: grant.role,
          locale: input.locale,
          emailVerifiedAt: now,
        },
        select: accountUserSelect,
      });
      await recordAuditEvent(tx, {
        action: STAFF_INVITATION_ACCEPTED_ACTION,
        actorId: user.id,
        actorRole: user.role,
        entityType: STAFF_INVITATION_ENTITY,
        entityId: spent.id,
        ...auditRequestInfo(input.request),
        after: { userId: user.id, role: user.role },
        metadata: { invitedBy: grant.invitedById },
      });
      return { ok: true as const, user: toSessionUser(user) };
    });
  } catch (error) {
    // The link was spent or revoked meanwhile, or the address taken: the transaction rolled back.
    if (error instanceof LinkRefused || isUniqueViolation(error))
      return { ok: false, reason: "link_invalid" };
    throw error;
  }
}

/** Rolls the acceptance back when the link turns out to be unusable inside the transaction. */
class LinkRefused extends Error {}
