import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { logOutEverywhere, openLoginSession, recordLoginFailure, revokeListedSession } from "./accounts";
import { endSessionByPublicId, listSessionsOf, publicSessionId } from "./session-list";
import { startSession } from "./sessions";
import { createTestUser } from "./testing";

const database = useTestDatabase("auth_session_list");
const request = { clientAddress: "203.0.113.20", userAgent: "Mozilla/5.0 (X11; Linux) Firefox/140.0" };

describe("the list of a person's sessions", () => {
  it("names sessions by a hash of their id, with the device that opened them", async () => {
    const user = await createTestUser(database.db);
    const phone = await startSession(database.db, "storefront", user.id, {
      userAgent: "Mobile Safari",
      ipAddress: "198.51.100.7",
    });
    const laptop = await startSession(database.db, "storefront", user.id, {
      userAgent: request.userAgent,
      ipAddress: request.clientAddress,
    });
    const expired = await startSession(database.db, "storefront", user.id);
    await database.db.session.update({
      where: { id: expired.sessionId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await startSession(database.db, "storefront", (await createTestUser(database.db)).id);

    const listed = await listSessionsOf(database.db, { userId: user.id, currentSessionId: laptop.sessionId });
    expect(listed).toHaveLength(2);
    expect(listed.find((session) => session.current)).toMatchObject({
      id: publicSessionId(laptop.sessionId),
      userAgent: request.userAgent,
      ipAddress: request.clientAddress,
    });
    expect(listed.find((session) => !session.current)).toMatchObject({
      id: publicSessionId(phone.sessionId),
      userAgent: "Mobile Safari",
      ipAddress: "198.51.100.7",
    });
    const text = JSON.stringify(listed);
    expect(text).not.toContain(phone.sessionId);
    expect(text).not.toContain(laptop.sessionId);
    expect(publicSessionId(phone.sessionId)).not.toBe(phone.sessionId);
  });

  it("ends a session by its public id, only for its owner", async () => {
    const owner = await createTestUser(database.db);
    const stranger = await createTestUser(database.db);
    const session = await startSession(database.db, "storefront", owner.id);
    const publicId = publicSessionId(session.sessionId);
    expect(await endSessionByPublicId(database.db, { userId: stranger.id, publicId })).toBeNull();
    expect(await database.db.session.count({ where: { id: session.sessionId } })).toBe(1);
    expect(
      await endSessionByPublicId(database.db, { userId: owner.id, publicId: session.sessionId }),
    ).toBeNull();
    expect(await endSessionByPublicId(database.db, { userId: owner.id, publicId })).toEqual({
      sessionId: session.sessionId,
    });
    expect(await database.db.session.count({ where: { id: session.sessionId } })).toBe(0);
  });
});

describe("audited session events", () => {
  it("rotate the id at login, record user_login, and never store a session id", async () => {
    const user = await createTestUser(database.db);
    const before = await startSession(database.db, "storefront", user.id);
    const opened = await openLoginSession(database.db, {
      audience: "storefront",
      user,
      method: "magic_link",
      request,
      previousSessionId: before.sessionId,
    });
    expect(opened.sessionId).not.toBe(before.sessionId);
    expect(await database.db.session.count({ where: { id: before.sessionId } })).toBe(0);
    expect(await database.db.session.findUniqueOrThrow({ where: { id: opened.sessionId } })).toMatchObject({
      userAgent: request.userAgent,
      ipAddress: request.clientAddress,
    });

    const revoked = await revokeListedSession(database.db, {
      user,
      publicId: publicSessionId(opened.sessionId),
      currentSessionId: opened.sessionId,
      request,
    });
    expect(revoked).toEqual({ current: true });
    await recordLoginFailure(database.db, {
      user: null,
      reason: "unknown_account",
      audience: "storefront",
      request,
    });

    const events = await database.db.auditLog.findMany({ orderBy: { createdAt: "asc" } });
    expect(events.filter((event) => event.actorId === user.id)).toMatchObject([
      { action: "user_login", metadata: { method: "magic_link", audience: "storefront" } },
      { action: "sessions_revoked", metadata: { count: 1, scope: "current" } },
    ]);
    expect(events.find((event) => event.action === "login_failed")).toMatchObject({
      actorId: null,
      metadata: { reason: "unknown_account" },
    });
    const text = JSON.stringify(events);
    expect(text).not.toContain(before.sessionId);
    expect(text).not.toContain(opened.sessionId);
  });

  it("log out everywhere: every session of the account ends, in both apps", async () => {
    const staff = await createTestUser(database.db, { role: "MANAGER" });
    await startSession(database.db, "storefront", staff.id);
    await startSession(database.db, "storefront", staff.id);
    await startSession(database.db, "admin", staff.id);
    const bystander = await createTestUser(database.db);
    await startSession(database.db, "storefront", bystander.id);

    const result = await logOutEverywhere(database.db, { audience: "storefront", user: staff, request });
    expect(result.count).toBe(3);
    expect(result.setCookie).toMatch(/^comptoir_session=;/);
    expect(await database.db.session.count({ where: { userId: staff.id } })).toBe(0);
    expect(await database.db.session.count({ where: { userId: bystander.id } })).toBe(1);
    expect(await database.db.auditLog.findMany({ where: { actorId: staff.id } })).toMatchObject([
      { action: "sessions_revoked", metadata: { count: 3, scope: "all" } },
    ]);
  });
});
