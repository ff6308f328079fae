// The staff invitation email end to end: an owner invites (the job written in that transaction),
// the worker gives the invitation its link and sends it over SMTP to the dev mailbox.
import { randomUUID } from "node:crypto";
import { findStaffInvitation, inviteStaff, revokeStaffInvitation } from "@comptoir/auth";
import { createTestUser } from "@comptoir/auth/testing";
import { transactionalJobSender } from "@comptoir/api/jobs";
import { useTestDatabase } from "@comptoir/db/testing";
import { createMailer, readEmailEnv } from "@comptoir/email";
import { startDevMailbox, type DevMailbox } from "@comptoir/email/dev-mailbox";
import type { StaffInvitationEmailJob } from "@comptoir/jobs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorker, type Worker } from "../worker";
import { sendStaffInvitation } from "./send-staff-invitation";

const ADMIN = "https://admin.shop.example";
const request = { clientAddress: null, userAgent: null };

/** The secret of the invitation link in an email. */
function tokenIn(text: string): string {
  const match = /\/invitation\/([A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) throw new Error("no invitation link in the email");
  return match[1];
}

describe("the staff invitation email", () => {
  const database = useTestDatabase("staff_invitation_email");
  let mailbox: DevMailbox;
  let worker: Worker;

  beforeAll(async () => {
    mailbox = await startDevMailbox({ smtpPort: 0, httpPort: 0 });
    worker = await startWorker({
      db: database.db,
      databaseUrl: database.url,
      env: { PUBLIC_URL: "https://shop.example", RECONCILE_CRON: "0 0 1 1 *", EMAIL_CONCURRENCY: 4 },
      mailer: createMailer({ ...readEmailEnv({ NODE_ENV: "test" }), DEV_MAILBOX_URL: mailbox.smtpUrl }),
      pollingIntervalSeconds: 0.5,
    });
  });
  afterAll(async () => {
    await worker?.stop({ timeoutMs: 2_000 });
    await mailbox?.stop();
  });

  async function invite(email: string, role: "MANAGER" | "OWNER", locale: "fr" | "en") {
    const owner = await createTestUser(database.db, { role: "OWNER", name: "Camille Martin" });
    const jobs = transactionalJobSender(worker.queue);
    const result = await inviteStaff(
      database.db,
      { actor: owner, email, role, locale, adminUrl: ADMIN, request },
      {
        emails: {
          send: (tx, job) => jobs.sendInTransaction(tx, { name: "email.staff-invitation", data: job }),
        },
      },
    );
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    return { owner, invitationId: result.invitation.id };
  }

  it("sends the invitee a link to the admin's invitation page, in the chosen language", async () => {
    const email = `invitee-${randomUUID().slice(0, 8)}@example.test`;
    await invite(email, "MANAGER", "fr");
    const message = await mailbox.waitFor((mail) => mail.to.includes(email), 15_000);
    expect(message.subject).toBe("Invitation à rejoindre l’équipe Comptoir");
    expect(message.text).toContain(
      "Camille Martin vous invite à rejoindre l’équipe de la boutique Comptoir.",
    );
    expect(message.text).toContain("Votre rôle : Responsable.");
    const token = tokenIn(message.text);
    expect(message.html).toContain(`href="${ADMIN}/invitation/${token}"`);
    expect(await findStaffInvitation(database.db, { token })).toMatchObject({ email, role: "MANAGER" });
    // The queue never held the secret.
    const jobs = await database.db.$queryRaw<{ data: unknown }[]>`
      SELECT data FROM pgboss.job WHERE name = 'email.staff-invitation'`;
    expect(JSON.stringify(jobs)).not.toContain(token);
  });

  it("sends nothing for an invitation revoked before the job ran, and a new link on every run", async () => {
    const email = `revoked-${randomUUID().slice(0, 8)}@example.test`;
    const { owner, invitationId } = await invite(email, "OWNER", "en");
    const first = await mailbox.waitFor((mail) => mail.to.includes(email), 15_000);
    expect(first.text).toContain("two-factor authentication");
    const sent: string[] = [];
    const mailer = {
      target: "dev-mailbox" as const,
      async send(message: { text?: string }) {
        sent.push(String(message.text));
        return { messageId: "<test@local>", accepted: [email], rejected: [] };
      },
      async verify() {},
      close() {},
    };
    const job: StaffInvitationEmailJob = { invitationId, locale: "en", adminUrl: ADMIN };
    const quiet = { info: () => undefined };
    // A run again (a retry) sends a new link and the previous one stops working.
    expect(await sendStaffInvitation(database.db, mailer, { job }, quiet)).toBe("sent");
    expect(await findStaffInvitation(database.db, { token: tokenIn(first.text) })).toBeNull();
    expect(await findStaffInvitation(database.db, { token: tokenIn(sent[0]!) })).toMatchObject({ email });
    await revokeStaffInvitation(database.db, { actor: owner, invitationId, request });
    expect(await sendStaffInvitation(database.db, mailer, { job }, quiet)).toBe("not_pending");
    expect(sent).toHaveLength(1);
  });
});
