import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { endSession, startSession, validateRequestSession } from "./sessions";
import { cookieHeaderFrom, createTestUser } from "./testing";

const headers = (init: Record<string, string>) => new Headers(init);

describe("sessions", () => {
  const database = useTestDatabase("sessions");

  it("issue an httpOnly, SameSite=Lax cookie named per app that validates to the user", async () => {
    const user = await createTestUser(database.db, { role: "SUPPORT" });
    const started = await startSession(database.db, "admin", user.id);
    expect(started.setCookie).toMatch(/^comptoir_admin_session=[^;]+;/);
    expect(started.setCookie).toMatch(/HttpOnly/i);
    expect(started.setCookie).toMatch(/SameSite=Lax/i);

    const check = await validateRequestSession(
      database.db,
      "admin",
      headers({ cookie: cookieHeaderFrom(started.setCookie) }),
    );
    expect(check.session?.user).toMatchObject({ id: user.id, role: "SUPPORT" });
    expect(check.setCookie).toBeNull();
  });

  it("only work in the app that opened them", async () => {
    const user = await createTestUser(database.db, { role: "OWNER" });
    const storefront = await startSession(database.db, "storefront", user.id);
    const asAdmin = await validateRequestSession(
      database.db,
      "admin",
      headers({ authorization: `Bearer ${storefront.sessionId}` }),
    );
    expect(asAdmin.session).toBeNull();
    const asStorefront = await validateRequestSession(
      database.db,
      "storefront",
      headers({ authorization: `Bearer ${storefront.sessionId}` }),
    );
    expect(asStorefront.session?.user.id).toBe(user.id);
  });

  it("end server-side: the old cookie no longer works and is cleared", async () => {
    const user = await createTestUser(database.db);
    const started = await startSession(database.db, "storefront", user.id);
    const blank = await endSession(database.db, "storefront", started.sessionId);
    expect(blank).toMatch(/^comptoir_session=;/);
    const check = await validateRequestSession(
      database.db,
      "storefront",
      headers({ cookie: cookieHeaderFrom(started.setCookie) }),
    );
    expect(check.session).toBeNull();
    expect(check.setCookie).toMatch(/^comptoir_session=;/);
  });

  it("slide: a session used late in its life is extended and its cookie re-sent", async () => {
    const user = await createTestUser(database.db, { role: "SUPPORT" });
    const started = await startSession(database.db, "admin", user.id);
    const soon = new Date(Date.now() + 60_000);
    await database.db.session.update({ where: { id: started.sessionId }, data: { expiresAt: soon } });
    const check = await validateRequestSession(
      database.db,
      "admin",
      headers({ cookie: cookieHeaderFrom(started.setCookie) }),
    );
    expect(check.session?.expiresAt.getTime()).toBeGreaterThan(Date.now() + 11 * 3600_000);
    expect(check.setCookie).toMatch(/^comptoir_admin_session=/);
  });

  it("end in the admin when a staff member is demoted to customer", async () => {
    const user = await createTestUser(database.db, { role: "MANAGER" });
    const admin = await startSession(database.db, "admin", user.id);
    await database.db.user.update({ where: { id: user.id }, data: { role: "CUSTOMER" } });
    const check = await validateRequestSession(
      database.db,
      "admin",
      headers({ cookie: cookieHeaderFrom(admin.setCookie) }),
    );
    expect(check.session).toBeNull();
    expect(check.setCookie).toMatch(/^comptoir_admin_session=;/);
    expect(await database.db.session.count({ where: { id: admin.sessionId } })).toBe(0);
  });

  it("are refused once expired, or when the account is deactivated", async () => {
    const user = await createTestUser(database.db);
    const expired = await startSession(database.db, "storefront", user.id);
    await database.db.session.update({
      where: { id: expired.sessionId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(
      (
        await validateRequestSession(
          database.db,
          "storefront",
          headers({ cookie: cookieHeaderFrom(expired.setCookie) }),
        )
      ).session,
    ).toBeNull();

    const active = await startSession(database.db, "storefront", user.id);
    await database.db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    const check = await validateRequestSession(
      database.db,
      "storefront",
      headers({ cookie: cookieHeaderFrom(active.setCookie) }),
    );
    expect(check.session).toBeNull();
    expect(await database.db.session.count({ where: { id: active.sessionId } })).toBe(0);
  });
});
