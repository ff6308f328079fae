import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { consumeAuthToken, issueAuthToken } from "../auth-tokens";
import { startSession } from "../sessions";
import { createTestUser, recordingEmailQueue } from "../testing";
import { confirmEmailChange, requestEmailChange } from "./email-change";

const database = useTestDatabase("auth_email_change");
const request = { clientAddress: null, userAgent: "Firefox" };

describe("requestEmailChange", () => {
  it("needs the current password when the account has one, then emails the new address", async () => {
    const user = await createTestUser(database.db, { locale: "en" });
    const emails = recordingEmailQueue();
    const newEmail = "nouvelle-adresse@example.test";
    expect(await requestEmailChange(database.db, { userId: user.id, newEmail }, { emails })).toEqual({
      ok: false,
      reason: "password_incorrect",
    });
    expect(
      await requestEmailChange(
        database.db,
        { userId: user.id, newEmail, currentPassword: "faux" },
        { emails },
      ),
    ).toEqual({ ok: false, reason: "password_incorrect" });
    expect(emails.sent).toEqual([]);
    expect(
      await requestEmailChange(
        database.db,
        { userId: user.id, newEmail: user.email, currentPassword: user.password },
        { emails },
      ),
    ).toEqual({ ok: false, reason: "unchanged" });

    expect(
      await requestEmailChange(
        database.db,
        { userId: user.id, newEmail, currentPassword: user.password },
        { emails },
      ),
    ).toEqual({ ok: true });
    expect(emails.sent).toEqual([{ kind: "email-change", userId: user.id, newEmail, locale: "en" }]);
    expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });

  it("needs no password for an account that has none", async () => {
    const user = await createTestUser(database.db, { password: null });
    const emails = recordingEmailQueue();
    expect(
      await requestEmailChange(
        database.db,
        { userId: user.id, newEmail: "sans-mdp@example.test" },
        { emails },
      ),
    ).toEqual({ ok: true });
  });
});

describe("confirmEmailChange", () => {
  it("moves the account to the new address, ends its sessions and links, tells the old address", async () => {
    const user = await createTestUser(database.db, { locale: "en" });
    const session = await startSession(database.db, "storefront", user.id);
    const reset = await issueAuthToken(database.db, {
      purpose: "PASSWORD_RESET",
      userId: user.id,
      email: user.email,
    });
    const newEmail = "confirmee@example.test";
    const { token } = await issueAuthToken(database.db, {
      purpose: "EMAIL_CHANGE",
      userId: user.id,
      email: newEmail,
    });
    const emails = recordingEmailQueue();
    const result = await confirmEmailChange(database.db, { token }, { emails, request });
    expect(result).toMatchObject({ user: { id: user.id, email: newEmail }, sessionsRevoked: 1 });
    expect(await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      email: newEmail,
      emailVerifiedAt: expect.any(Date),
    });
    expect(await database.db.session.count({ where: { id: session.sessionId } })).toBe(0);
    expect(await consumeAuthToken(database.db, { purpose: "PASSWORD_RESET", token: reset.token })).toBeNull();
    expect(emails.sent).toEqual([{ kind: "email-changed", oldEmail: user.email, newEmail, locale: "en" }]);
    const events = await database.db.auditLog.findMany({ where: { entityId: user.id } });
    expect(events).toMatchObject([{ action: "email_changed", actorId: user.id }]);
    expect(JSON.stringify(events)).not.toContain(newEmail);
    expect(JSON.stringify(events)).not.toContain(user.email);

    expect(await confirmEmailChange(database.db, { token }, { emails, request })).toBeNull();
  });

  it("refuses the link when the new address has been taken since, and changes nothing", async () => {
    const user = await createTestUser(database.db);
    const taken = await createTestUser(database.db);
    const { token } = await issueAuthToken(database.db, {
      purpose: "EMAIL_CHANGE",
      userId: user.id,
      email: taken.email,
    });
    const emails = recordingEmailQueue();
    expect(await confirmEmailChange(database.db, { token }, { emails, request })).toBeNull();
    expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    expect(emails.sent).toEqual([]);
  });

  it("refuses a deactivated account and a link of another purpose", async () => {
    const gone = await createTestUser(database.db, { deactivated: true });
    const link = await issueAuthToken(database.db, {
      purpose: "EMAIL_CHANGE",
      userId: gone.id,
      email: "parti@example.test",
    });
    const emails = recordingEmailQueue();
    expect(await confirmEmailChange(database.db, { token: link.token }, { emails, request })).toBeNull();
    const user = await createTestUser(database.db);
    const magic = await issueAuthToken(database.db, {
      purpose: "MAGIC_LINK",
      userId: user.id,
      email: user.email,
    });
    expect(await confirmEmailChange(database.db, { token: magic.token }, { emails, request })).toBeNull();
  });
});
