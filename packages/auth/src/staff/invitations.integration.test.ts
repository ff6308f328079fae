import { useTestDatabase } from "@comptoir/db/testing";
import type { StaffInvitationEmailJob } from "@comptoir/jobs";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "../password";
import { createTestUser } from "../testing";
import {
  inviteStaff,
  listPendingInvitations,
  revokeStaffInvitation,
  type StaffInvitationEmails,
} from "./invitations";
import { acceptStaffInvitation } from "./invitations-accept";
import { findStaffInvitation, issueInvitationLink } from "./invitations-link";

const database = useTestDatabase("auth_staff_invitations");
const request = { clientAddress: "203.0.113.9", userAgent: "test" };
const ADMIN_URL = "https://admin.shop.example";
const PASSWORD = "Lanterne bleue sur le quai du vieux port";
const DAY = 24 * 3600_000;

/** Keeps the jobs asked for, and whether each was part of the invitation's transaction. */
function recordingEmails(): StaffInvitationEmails & { sent: StaffInvitationEmailJob[] } {
  const sent: StaffInvitationEmailJob[] = [];
  return {
    sent,
    async send(tx, job) {
      expect(tx).toBeDefined();
      sent.push(job);
    },
  };
}

async function staff(role: "SUPPORT" | "MANAGER" | "ADMIN" | "OWNER") {
  const user = await createTestUser(database.db, { role, name: `${role} person` });
  return { id: user.id, role: user.role };
}

let counter = 0;
const uniqueEmail = () => `invitee-${Date.now()}-${(counter += 1)}@example.test`;

async function invite(
  actor: { id: string; role: "SUPPORT" | "MANAGER" | "ADMIN" | "OWNER" | "CUSTOMER" },
  email: string,
  role: "SUPPORT" | "MANAGER" | "ADMIN" | "OWNER",
  options: { now?: Date; emails?: ReturnType<typeof recordingEmails> } = {},
) {
  const emails = options.emails ?? recordingEmails();
  const result = await inviteStaff(
    database.db,
    { actor, email, role, locale: "fr", adminUrl: ADMIN_URL, request, now: options.now },
    { emails },
  );
  return { result, emails };
}

/** Invites `email` and gives the invitation its link, as the worker does. */
async function invitedLink(email: string, role: "SUPPORT" | "MANAGER" | "ADMIN" | "OWNER" = "MANAGER") {
  const owner = await staff("OWNER");
  const { result } = await invite(owner, email, role);
  if (!result.ok) throw new Error(`the invitation was refused: ${result.reason}`);
  const link = await issueInvitationLink(database.db, { invitationId: result.invitation.id });
  if (!link) throw new Error("the invitation has no link");
  return { owner, invitationId: result.invitation.id, token: link.token };
}

describe("inviteStaff", () => {
  it("creates a pending invitation with its audit entry and an email job that holds no secret", async () => {
    const admin = await staff("ADMIN");
    const email = uniqueEmail();
    const { result, emails } = await invite(admin, `  ${email.toUpperCase()} `, "MANAGER");
    expect(result).toMatchObject({ ok: true, invitation: { email, role: "MANAGER", renewed: false } });
    if (!result.ok) return;
    expect(emails.sent).toEqual([{ invitationId: result.invitation.id, locale: "fr", adminUrl: ADMIN_URL }]);
    const row = await database.db.authToken.findUniqueOrThrow({ where: { id: result.invitation.id } });
    expect(row).toMatchObject({ purpose: "STAFF_INVITATION", email, userId: null, usedAt: null });
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(7 * DAY - 60_000);
    expect(
      await database.db.auditLog.findFirstOrThrow({
        where: { action: "staff.invited", entityId: result.invitation.id },
      }),
    ).toMatchObject({
      actorId: admin.id,
      actorRole: "ADMIN",
      entityType: "StaffInvitation",
      ipAddress: "203.0.113.9",
      after: { role: "MANAGER" },
    });
    const pending = await listPendingInvitations(database.db);
    expect(pending.find((invitation) => invitation.id === result.invitation.id)).toMatchObject({
      email,
      role: "MANAGER",
      invitedBy: { id: admin.id, name: "ADMIN person" },
    });
  });

  it("reuses a pending invitation of the same address: new role, seven more days, a new email", async () => {
    const owner = await staff("OWNER");
    const email = uniqueEmail();
    const first = await invite(owner, email, "SUPPORT", { now: new Date(Date.now() - 3 * DAY) });
    const second = await invite(owner, email, "ADMIN");
    expect(first.result.ok && second.result.ok).toBe(true);
    if (!first.result.ok || !second.result.ok) return;
    expect(second.result.invitation).toMatchObject({
      id: first.result.invitation.id,
      renewed: true,
      role: "ADMIN",
    });
    expect(await database.db.authToken.count({ where: { email } })).toBe(1);
    expect(second.emails.sent).toHaveLength(1);
    const pending = (await listPendingInvitations(database.db)).filter((row) => row.email === email);
    expect(pending).toEqual([expect.objectContaining({ role: "ADMIN" })]);
    expect(pending[0]!.expiresAt.getTime() - Date.now()).toBeGreaterThan(7 * DAY - 60_000);
    expect(
      await database.db.auditLog.findFirstOrThrow({
        where: {
          action: "staff.invited",
          entityId: first.result.invitation.id,
          metadata: { path: ["renewed"], equals: true },
        },
      }),
    ).toMatchObject({ before: { role: "SUPPORT" }, after: { role: "ADMIN" } });
  });

  it("refuses staff and customer addresses, bad addresses and roles above the inviter's, changing nothing", async () => {
    const admin = await staff("ADMIN");
    const manager = await staff("MANAGER");
    const colleague = await createTestUser(database.db, { role: "SUPPORT", deactivated: true });
    const customer = await createTestUser(database.db, { role: "CUSTOMER" });
    const before = await database.db.authToken.count({ where: { purpose: "STAFF_INVITATION" } });
    const audited = await database.db.auditLog.count({ where: { action: "staff.invited" } });
    const emails = recordingEmails();
    const refusals = [
      await invite(admin, colleague.email, "SUPPORT", { emails }),
      await invite(admin, customer.email.toUpperCase(), "SUPPORT", { emails }),
      await invite(admin, "not an address", "SUPPORT", { emails }),
      await invite(admin, uniqueEmail(), "OWNER", { emails }),
      await invite(manager, uniqueEmail(), "SUPPORT", { emails }),
    ].map(({ result }) => (result.ok ? "ok" : result.reason));
    expect(refusals).toEqual([
      "already_staff",
      "customer_account",
      "email_invalid",
      "FORBIDDEN",
      "FORBIDDEN",
    ]);
    expect(emails.sent).toEqual([]);
    expect(await database.db.authToken.count({ where: { purpose: "STAFF_INVITATION" } })).toBe(before);
    expect(await database.db.auditLog.count({ where: { action: "staff.invited" } })).toBe(audited);
  });

  it("keeps an owner's invitation of an owner out of an admin's hands", async () => {
    const owner = await staff("OWNER");
    const admin = await staff("ADMIN");
    const email = uniqueEmail();
    const { result } = await invite(owner, email, "OWNER");
    if (!result.ok) throw new Error("refused");
    expect((await invite(admin, email, "SUPPORT")).result).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(
      await revokeStaffInvitation(database.db, { actor: admin, invitationId: result.invitation.id, request }),
    ).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect((await listPendingInvitations(database.db)).find((row) => row.email === email)?.role).toBe(
      "OWNER",
    );
  });
});

describe("revokeStaffInvitation", () => {
  it("ends the link at once, with its audit entry; a second revocation finds nothing", async () => {
    const email = uniqueEmail();
    const { owner, invitationId, token } = await invitedLink(email);
    expect(await revokeStaffInvitation(database.db, { actor: owner, invitationId, request })).toEqual({
      ok: true,
    });
    expect(await findStaffInvitation(database.db, { token })).toBeNull();
    expect((await listPendingInvitations(database.db)).some((row) => row.id === invitationId)).toBe(false);
    expect(
      await database.db.auditLog.findFirstOrThrow({
        where: { action: "staff.invitation_revoked", entityId: invitationId },
      }),
    ).toMatchObject({ actorId: owner.id, metadata: { role: "MANAGER" } });
    expect(await revokeStaffInvitation(database.db, { actor: owner, invitationId, request })).toEqual({
      ok: false,
      reason: "NOT_FOUND",
    });
    expect(
      await acceptStaffInvitation(database.db, {
        token,
        name: "Léa",
        password: PASSWORD,
        locale: "fr",
        request,
      }),
    ).toEqual({ ok: false, reason: "link_invalid" });
    expect(await database.db.user.findUnique({ where: { email } })).toBeNull();
  });
});

describe("issueInvitationLink", () => {
  it("gives a new secret each time: only the latest email's link works", async () => {
    const email = uniqueEmail();
    const { invitationId, token: first } = await invitedLink(email, "SUPPORT");
    expect(await findStaffInvitation(database.db, { token: first })).toMatchObject({
      email,
      role: "SUPPORT",
    });
    const second = await issueInvitationLink(database.db, { invitationId });
    expect(second).toMatchObject({ email, role: "SUPPORT" });
    expect(second?.token).not.toBe(first);
    expect(await findStaffInvitation(database.db, { token: first })).toBeNull();
    expect(await findStaffInvitation(database.db, { token: second!.token })).toMatchObject({ email });
  });

  it("gives nothing for an expired, revoked or unknown invitation", async () => {
    const owner = await staff("OWNER");
    const { result } = await invite(owner, uniqueEmail(), "SUPPORT", { now: new Date(Date.now() - 8 * DAY) });
    if (!result.ok) throw new Error("refused");
    expect(await issueInvitationLink(database.db, { invitationId: result.invitation.id })).toBeNull();
    expect(await issueInvitationLink(database.db, { invitationId: "nothing" })).toBeNull();
  });
});

describe("acceptStaffInvitation", () => {
  it("creates the account with the invited role, verified, audited, and spends the link", async () => {
    const email = uniqueEmail();
    const { owner, invitationId, token } = await invitedLink(email, "MANAGER");
    const result = await acceptStaffInvitation(database.db, {
      token,
      name: "  Léa Dubois ",
      password: PASSWORD,
      locale: "en",
      request,
    });
    expect(result).toMatchObject({
      ok: true,
      user: { email, name: "Léa Dubois", role: "MANAGER", locale: "en" },
    });
    const user = await database.db.user.findUniqueOrThrow({ where: { email } });
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await verifyPassword(user.passwordHash!, PASSWORD)).toBe(true);
    expect(
      await database.db.auditLog.findFirstOrThrow({
        where: { action: "staff.invitation_accepted", entityId: invitationId },
      }),
    ).toMatchObject({ actorId: user.id, actorRole: "MANAGER", metadata: { invitedBy: owner.id } });
    // Single use.
    expect(
      await acceptStaffInvitation(database.db, {
        token,
        name: "Léa",
        password: PASSWORD,
        locale: "fr",
        request,
      }),
    ).toEqual({ ok: false, reason: "link_invalid" });
    expect((await listPendingInvitations(database.db)).some((row) => row.id === invitationId)).toBe(false);
  });

  it("refuses weak passwords and empty names without spending the link", async () => {
    const email = uniqueEmail();
    const { token } = await invitedLink(email);
    const attempt = (name: string, password: string) =>
      acceptStaffInvitation(database.db, { token, name, password, locale: "fr", request });
    expect(await attempt("Léa", "court")).toEqual({ ok: false, reason: "password_too_short" });
    expect(await attempt("Léa", "password1234")).toEqual({ ok: false, reason: "password_common" });
    // Built from the person's own address.
    expect(await attempt("Léa", `${email.split("@")[0]}!!`)).toMatchObject({ ok: false });
    expect(await attempt("   ", PASSWORD)).toEqual({ ok: false, reason: "name_invalid" });
    expect(await attempt("x".repeat(121), PASSWORD)).toEqual({ ok: false, reason: "name_invalid" });
    expect(await database.db.user.findUnique({ where: { email } })).toBeNull();
    expect(await attempt("Léa", PASSWORD)).toMatchObject({ ok: true });
  });

  it("refuses an unknown, expired or malformed link, and an address that got an account since", async () => {
    const attempt = (token: string) =>
      acceptStaffInvitation(database.db, { token, name: "Léa", password: PASSWORD, locale: "fr", request });
    expect(await attempt("x".repeat(43))).toEqual({ ok: false, reason: "link_invalid" });
    expect(await attempt("short")).toEqual({ ok: false, reason: "link_invalid" });

    const expiredEmail = uniqueEmail();
    const { invitationId, token: expired } = await invitedLink(expiredEmail);
    await database.db.authToken.update({
      where: { id: invitationId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await attempt(expired)).toEqual({ ok: false, reason: "link_invalid" });

    const takenEmail = uniqueEmail();
    const { token: taken } = await invitedLink(takenEmail);
    await createTestUser(database.db, { email: takenEmail });
    expect(await findStaffInvitation(database.db, { token: taken })).toBeNull();
    expect(await attempt(taken)).toEqual({ ok: false, reason: "link_invalid" });
    expect((await database.db.user.findUniqueOrThrow({ where: { email: takenEmail } })).role).toBe(
      "CUSTOMER",
    );
  });

  it("gives the role of the latest grant, even when it changed after the page was opened", async () => {
    const email = uniqueEmail();
    const { owner, invitationId } = await invitedLink(email, "SUPPORT");
    await invite(owner, email, "ADMIN");
    const link = await issueInvitationLink(database.db, { invitationId });
    const result = await acceptStaffInvitation(database.db, {
      token: link!.token,
      name: "Admin Invitée",
      password: PASSWORD,
      locale: "fr",
      request,
    });
    expect(result).toMatchObject({ ok: true, user: { role: "ADMIN" } });
  });
});
