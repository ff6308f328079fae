// Staff invitations through the API: admin.staff.invite / invitations / revokeInvitation, and the
// public auth.staffInvitation / auth.acceptStaffInvitation of the admin's invitation page.
import { issueInvitationLink } from "@comptoir/auth";
import { createTestUser } from "@comptoir/auth/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../context";
import { createCaller } from "../../root";
import { callerFor, staffCaller } from "../../testing/callers";
import { startCheckoutHarness, type CheckoutHarness } from "../../testing/checkout-harness";
import { freshAddress, freshEmail, refusal, sessionCookieOf } from "../auth/auth-test-kit";

const ADMIN = "https://admin.shop.example";
const PASSWORD = "Lanterne bleue sur le quai du vieux port";

describe("staff invitations", () => {
  const database = useTestDatabase("api_staff_invitations");
  let harness: CheckoutHarness;

  beforeAll(async () => {
    harness = await startCheckoutHarness(database.db, database.url);
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** A staff member of `role` calling from the admin at ADMIN, the way the admin app builds it. */
  async function staffApi(role: "SUPPORT" | "MANAGER" | "ADMIN" | "OWNER", reauthenticatedAt?: Date | null) {
    const member = await staffCaller(database.db, role, { reauthenticatedAt });
    const ctx = await createContext({
      db: database.db,
      audience: "admin",
      headers: new Headers({ cookie: member.cookie, "X-Forwarded-For": freshAddress() }),
      resHeaders: new Headers(),
      commerce: harness.commerce,
      origin: ADMIN,
    });
    return { ...member, api: createCaller(ctx) };
  }

  /** An anonymous visitor of the admin (the invitee), from a fresh address. */
  function invitee() {
    return callerFor(database.db, "admin", undefined, { headers: { "X-Forwarded-For": freshAddress() } });
  }

  async function jobsFor(invitationId: string) {
    return database.db.$queryRaw<{ data: Record<string, unknown> }[]>`
      SELECT data FROM pgboss.job WHERE name = 'email.staff-invitation' AND data->>'invitationId' = ${invitationId}`;
  }

  it("invites by email: a pending invitation, its audit entry, and a job in the same transaction", async () => {
    const owner = await staffApi("OWNER");
    const email = freshEmail("new-staff");
    const invitation = await owner.api.admin.staff.invite({
      email: email.toUpperCase(),
      role: "MANAGER",
      locale: "en",
    });
    expect(invitation).toMatchObject({ email, role: "MANAGER", renewed: false });
    // The job names the invitation and where the admin is: no secret, no address.
    expect((await jobsFor(invitation.id)).map((job) => job.data)).toEqual([
      { invitationId: invitation.id, locale: "en", adminUrl: ADMIN },
    ]);
    expect(await owner.api.admin.staff.invitations()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: invitation.id,
          email,
          role: "MANAGER",
          invitedBy: expect.objectContaining({ id: owner.user.id }),
        }),
      ]),
    );
    expect(
      await database.db.auditLog.findFirstOrThrow({
        where: { action: "staff.invited", entityId: invitation.id },
      }),
    ).toMatchObject({ actorId: owner.user.id, actorRole: "OWNER" });
  });

  it("refuses bad input, staff and customer addresses, and roles above one's own, with nothing queued", async () => {
    const admin = await staffApi("ADMIN");
    const colleague = await createTestUser(database.db, { role: "SUPPORT" });
    const customer = await createTestUser(database.db, { role: "CUSTOMER" });
    const before = await database.db.authToken.count({ where: { purpose: "STAFF_INVITATION" } });
    const invite = (input: { email: string; role: string; locale: string }) =>
      refusal(admin.api.admin.staff.invite(input as { email: string; role: "SUPPORT"; locale: "fr" }));
    expect(await invite({ email: "nope", role: "SUPPORT", locale: "fr" })).toMatchObject({
      code: "BAD_REQUEST",
      fields: { email: ["validation.email"] },
    });
    expect(await invite({ email: freshEmail(), role: "CUSTOMER", locale: "fr" })).toMatchObject({
      fields: { role: ["validation.required"] },
    });
    expect(await invite({ email: freshEmail(), role: "SUPPORT", locale: "de" })).toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await invite({ email: colleague.email, role: "SUPPORT", locale: "fr" })).toMatchObject({
      code: "BAD_REQUEST",
      fields: { email: ["invitation_already_staff"] },
    });
    expect(await invite({ email: customer.email, role: "SUPPORT", locale: "fr" })).toMatchObject({
      fields: { email: ["invitation_customer_account"] },
    });
    expect(await invite({ email: freshEmail(), role: "OWNER", locale: "fr" })).toMatchObject({
      code: "FORBIDDEN",
      domain: "FORBIDDEN",
    });
    expect(await database.db.authToken.count({ where: { purpose: "STAFF_INVITATION" } })).toBe(before);
  });

  it("asks for a recent proof of identity before inviting or revoking", async () => {
    const stale = await staffApi("OWNER", null);
    expect(
      await refusal(stale.api.admin.staff.invite({ email: freshEmail(), role: "SUPPORT", locale: "fr" })),
    ).toMatchObject({ domain: "REAUTHENTICATION_REQUIRED" });
    expect(await refusal(stale.api.admin.staff.revokeInvitation({ invitationId: "any" }))).toMatchObject({
      domain: "REAUTHENTICATION_REQUIRED",
    });
  });

  it("revokes a pending invitation: its link shows nothing any more; unknown ids are NOT_FOUND", async () => {
    const owner = await staffApi("OWNER");
    const invitation = await owner.api.admin.staff.invite({
      email: freshEmail(),
      role: "SUPPORT",
      locale: "fr",
    });
    const link = await issueInvitationLink(database.db, { invitationId: invitation.id });
    const visitor = await invitee();
    expect(await visitor.api.auth.staffInvitation({ token: link!.token })).toMatchObject({ role: "SUPPORT" });
    expect(await owner.api.admin.staff.revokeInvitation({ invitationId: invitation.id })).toEqual({
      ok: true,
    });
    expect(await visitor.api.auth.staffInvitation({ token: link!.token })).toBeNull();
    expect((await owner.api.admin.staff.invitations()).some((row) => row.id === invitation.id)).toBe(false);
    expect(
      await database.db.auditLog.count({
        where: { action: "staff.invitation_revoked", entityId: invitation.id },
      }),
    ).toBe(1);
    expect(
      await refusal(owner.api.admin.staff.revokeInvitation({ invitationId: invitation.id })),
    ).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await refusal(owner.api.admin.staff.revokeInvitation({ invitationId: "" }))).toMatchObject({
      fields: { invitationId: ["validation.required"] },
    });
  });

  it("accepts an invitation at the admin: the account exists with its role and is logged in", async () => {
    const owner = await staffApi("OWNER");
    const email = freshEmail("accepting");
    const invitation = await owner.api.admin.staff.invite({ email, role: "SUPPORT", locale: "fr" });
    const link = await issueInvitationLink(database.db, { invitationId: invitation.id });
    const visitor = await invitee();
    const accepted = await visitor.api.auth.acceptStaffInvitation({
      token: link!.token,
      name: "Nina Petit",
      password: PASSWORD,
      locale: "fr",
    });
    expect(accepted).toMatchObject({
      user: { email, role: "SUPPORT", name: "Nina Petit" },
      adminStep: "ready",
    });
    const cookie = sessionCookieOf(visitor.resHeaders);
    expect(cookie).toMatch(/^comptoir_admin_session=/);
    const session = await callerFor(database.db, "admin", cookie);
    expect(await session.api.auth.adminSession()).toMatchObject({ step: "ready", user: { email } });
    expect(
      await database.db.auditLog.count({
        where: { action: "staff.invitation_accepted", entityId: invitation.id },
      }),
    ).toBe(1);
    // Single use.
    expect(
      await refusal(
        (await invitee()).api.auth.acceptStaffInvitation({
          token: link!.token,
          name: "Nina Petit",
          password: PASSWORD,
          locale: "fr",
        }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST", domain: "LINK_INVALID" });
  });

  it("sends admins and owners to two-factor enrolment after accepting", async () => {
    const owner = await staffApi("OWNER");
    const invitation = await owner.api.admin.staff.invite({
      email: freshEmail(),
      role: "ADMIN",
      locale: "en",
    });
    const link = await issueInvitationLink(database.db, { invitationId: invitation.id });
    const accepted = await (
      await invitee()
    ).api.auth.acceptStaffInvitation({
      token: link!.token,
      name: "Ada",
      password: PASSWORD,
      locale: "en",
    });
    expect(accepted.adminStep).toBe("enrolment_required");
  });

  it("refuses weak passwords, missing names and bad links with field errors, keeping the link", async () => {
    const owner = await staffApi("OWNER");
    const email = freshEmail();
    const invitation = await owner.api.admin.staff.invite({ email, role: "SUPPORT", locale: "fr" });
    const link = await issueInvitationLink(database.db, { invitationId: invitation.id });
    const visitor = await invitee();
    const accept = (name: string, password: string, token = link!.token) =>
      refusal(visitor.api.auth.acceptStaffInvitation({ token, name, password, locale: "fr" }));
    expect(await accept("Nina", "onze signes")).toMatchObject({
      code: "BAD_REQUEST",
      fields: { password: ["staff_password_too_short"] },
    });
    expect(await accept("Nina", "password1234")).toMatchObject({
      fields: { password: ["validation.password_common"] },
    });
    expect(await accept("   ", PASSWORD)).toMatchObject({ fields: { name: ["validation.required"] } });
    expect(await accept("Nina", PASSWORD, "x".repeat(43))).toMatchObject({ domain: "LINK_INVALID" });
    expect(await database.db.user.findUnique({ where: { email } })).toBeNull();
    expect(await visitor.api.auth.staffInvitation({ token: link!.token })).toMatchObject({ email });
  });

  it("answers invitation links at the admin only", async () => {
    const shopper = await callerFor(database.db, "storefront");
    expect(await refusal(shopper.api.auth.staffInvitation({ token: "x".repeat(43) }))).toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
