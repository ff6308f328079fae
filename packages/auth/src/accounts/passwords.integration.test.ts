import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { consumeAuthToken, issueAuthToken } from "../auth-tokens";
import { verifyPassword } from "../password";
import { startSession } from "../sessions";
import { createTestUser, recordingEmailQueue } from "../testing";
import { changePassword } from "./password-change";
import { resetPasswordWithLink } from "./password-reset";

const database = useTestDatabase("auth_passwords");
const request = { clientAddress: "198.51.100.4", userAgent: "Safari" };

describe("resetPasswordWithLink", () => {
  it("sets the password, ends every session and link, verifies the address, emails and audits", async () => {
    const user = await createTestUser(database.db, { verified: false, locale: "en" });
    const sessions = await Promise.all([
      startSession(database.db, "storefront", user.id),
      startSession(database.db, "storefront", user.id),
    ]);
    const otherLink = await issueAuthToken(database.db, {
      purpose: "MAGIC_LINK",
      userId: user.id,
      email: user.email,
    });
    const { token } = await issueAuthToken(database.db, {
      purpose: "PASSWORD_RESET",
      userId: user.id,
      email: user.email,
    });
    const emails = recordingEmailQueue();
    const result = await resetPasswordWithLink(
      database.db,
      { token, password: "une toute nouvelle phrase" },
      { emails, request },
    );
    expect(result).toMatchObject({ user: { id: user.id }, sessionsRevoked: 2 });

    const stored = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash!, "une toute nouvelle phrase")).toBe(true);
    expect(stored.emailVerifiedAt).not.toBeNull();
    expect(await database.db.session.count({ where: { id: { in: sessions.map((s) => s.sessionId) } } })).toBe(
      0,
    );
    expect(await consumeAuthToken(database.db, { purpose: "MAGIC_LINK", token: otherLink.token })).toBeNull();
    expect(emails.sent).toEqual([{ kind: "password-changed", userId: user.id, locale: "en" }]);
    expect(emails.inTransaction).toEqual([true]);

    const events = await database.db.auditLog.findMany({ where: { entityId: user.id } });
    expect(events).toMatchObject([{ action: "password_reset", metadata: { sessionsRevoked: 2 } }]);
    const text = JSON.stringify(events);
    for (const secret of [
      token,
      "une toute nouvelle phrase",
      user.email,
      ...sessions.map((s) => s.sessionId),
    ]) {
      expect(text).not.toContain(secret);
    }

    expect(
      await resetPasswordWithLink(
        database.db,
        { token, password: "encore une autre phrase" },
        { emails, request },
      ),
    ).toBeNull();
  });

  it("refuses a deactivated account and changes nothing", async () => {
    const gone = await createTestUser(database.db, { deactivated: true });
    const { token } = await issueAuthToken(database.db, {
      purpose: "PASSWORD_RESET",
      userId: gone.id,
      email: gone.email,
    });
    const before = await database.db.user.findUniqueOrThrow({ where: { id: gone.id } });
    const emails = recordingEmailQueue();
    expect(
      await resetPasswordWithLink(
        database.db,
        { token, password: "une toute nouvelle phrase" },
        { emails, request },
      ),
    ).toBeNull();
    expect(await database.db.user.findUniqueOrThrow({ where: { id: gone.id } })).toEqual(before);
    expect(emails.sent).toEqual([]);
  });
});

describe("changePassword", () => {
  it("needs the current password, ends the other sessions and keeps the current one", async () => {
    const user = await createTestUser(database.db);
    const current = await startSession(database.db, "storefront", user.id);
    const other = await startSession(database.db, "storefront", user.id);
    const emails = recordingEmailQueue();
    const wrong = await changePassword(
      database.db,
      {
        userId: user.id,
        currentSessionId: current.sessionId,
        currentPassword: "pas le bon",
        newPassword: "une phrase toute neuve",
      },
      { emails, request },
    );
    expect(wrong).toEqual({ ok: false, reason: "password_incorrect" });
    expect(await database.db.session.count({ where: { userId: user.id } })).toBe(2);
    expect(emails.sent).toEqual([]);

    const changed = await changePassword(
      database.db,
      {
        userId: user.id,
        currentSessionId: current.sessionId,
        currentPassword: user.password!,
        newPassword: "une phrase toute neuve",
      },
      { emails, request },
    );
    expect(changed).toEqual({ ok: true, sessionsRevoked: 1 });
    const sessions = await database.db.session.findMany({ where: { userId: user.id }, select: { id: true } });
    expect(sessions.map((s) => s.id)).toEqual([current.sessionId]);
    expect(sessions.map((s) => s.id)).not.toContain(other.sessionId);
    const stored = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash!, "une phrase toute neuve")).toBe(true);
    expect(emails.sent).toEqual([{ kind: "password-changed", userId: user.id, locale: "fr" }]);
    expect(await database.db.auditLog.findMany({ where: { entityId: user.id } })).toMatchObject([
      { action: "password_changed", actorId: user.id, metadata: { sessionsRevoked: 1 } },
    ]);
  });

  it("refuses an account without a password (it sets one with a reset link)", async () => {
    const user = await createTestUser(database.db, { password: null });
    const session = await startSession(database.db, "storefront", user.id);
    const result = await changePassword(
      database.db,
      {
        userId: user.id,
        currentSessionId: session.sessionId,
        currentPassword: "x",
        newPassword: "une phrase toute neuve",
      },
      { emails: recordingEmailQueue(), request },
    );
    expect(result).toEqual({ ok: false, reason: "password_incorrect" });
  });
});
