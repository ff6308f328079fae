// The staff invitation email ("email.staff-invitation"). The job names the invitation only: here it
// gets a fresh secret (so none ever sits in the queue) and the link goes out in the language the
// inviter chose. Nothing is sent for an invitation accepted, revoked or expired in the meantime.
//
// A job runs at least once. A retry gives the invitation a new secret, which makes the earlier
// link stop working: only the latest email's link opens the invitation.
import { issueInvitationLink } from "@comptoir/auth";
import type { Db } from "@comptoir/db";
import { renderStaffInvitation, type Mailer } from "@comptoir/email";
import type { StaffInvitationEmailJob } from "@comptoir/jobs";
import { getLogger, type Logger } from "@comptoir/observability";

/** The admin page that accepts an invitation (apps/admin/app/routes/invitation.tsx). */
export function invitationPath(token: string): string {
  return `/invitation/${encodeURIComponent(token)}`;
}

export async function sendStaffInvitation(
  db: Db,
  mailer: Mailer,
  input: { job: StaffInvitationEmailJob; now?: Date },
  logger: Pick<Logger, "info"> = getLogger(),
): Promise<"sent" | "not_pending"> {
  const { job } = input;
  const link = await issueInvitationLink(db, { invitationId: job.invitationId, now: input.now });
  if (!link) {
    logger.info(
      { job: "email.staff-invitation", invitationId: job.invitationId },
      "staff invitation not sent: no longer pending",
    );
    return "not_pending";
  }
  const email = renderStaffInvitation(
    {
      inviterName: link.invitedBy ? (link.invitedBy.name ?? link.invitedBy.email) : null,
      role: link.role,
      acceptUrl: new URL(invitationPath(link.token), job.adminUrl).toString(),
      expiresAt: link.expiresAt,
    },
    job.locale,
  );
  await mailer.send({ to: link.email, subject: email.subject, html: email.html, text: email.text });
  // The invitation's id only: the address and the link stay out of the logs.
  logger.info({ job: "email.staff-invitation", invitationId: job.invitationId }, "staff invitation sent");
  return "sent";
}
