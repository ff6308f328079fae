import { cookieHeaderFrom, createTestUser } from "@comptoir/auth/testing";
import { closeRequestLogContext, openRequestLogContext, REQUEST_LOG_HEADER } from "@comptoir/observability";
import { createTestProduct } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { domainCodeOf, fieldErrorsFromError } from "../../errors";
import { AUTH_RATE_LIMITS } from "../../auth-rate-limits";
import { callerFor } from "../../testing/callers";
import { freshAddress, freshEmail, refusal, sessionCookieOf, visitor } from "./auth-test-kit";

describe("auth router", () => {
  const database = useTestDatabase("api_auth");

  it("logs staff into the admin: a session cookie is set and `me` answers with the user", async () => {
    const staff = await createTestUser(database.db, { role: "MANAGER" });
    const { api, resHeaders } = await callerFor(database.db, "admin");
    const result = await api.auth.login({ email: staff.email.toUpperCase(), password: staff.password! });
    expect(result.user).toMatchObject({ id: staff.id, role: "MANAGER" });
    const setCookie = resHeaders.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^comptoir_admin_session=/);

    const next = await callerFor(database.db, "admin", cookieHeaderFrom(setCookie));
    expect(await next.api.auth.me()).toMatchObject({ id: staff.id, email: staff.email });
  });

  it("names the signed-in user in the request's log line (the context the server opened), not a guest", async () => {
    const staff = await createTestUser(database.db, { role: "MANAGER" });
    const login = await callerFor(database.db, "admin");
    await login.api.auth.login({ email: staff.email, password: staff.password! });
    const cookie = cookieHeaderFrom(login.resHeaders.get("set-cookie") ?? "");

    const signedIn: { userId?: string } = {};
    const guest: { userId?: string } = {};
    const signedInKey = openRequestLogContext(signedIn);
    const guestKey = openRequestLogContext(guest);
    await callerFor(database.db, "admin", cookie, { headers: { [REQUEST_LOG_HEADER]: signedInKey } });
    await callerFor(database.db, "admin", undefined, { headers: { [REQUEST_LOG_HEADER]: guestKey } });
    closeRequestLogContext(signedInKey);
    closeRequestLogContext(guestKey);
    expect(signedIn).toEqual({ userId: staff.id });
    expect(guest).toEqual({});
  });

  it("merges the shopper's guest cart into the customer's cart at a storefront login", async () => {
    const customer = await createTestUser(database.db, { role: "CUSTOMER" });
    const product = await createTestProduct(database.db, { variants: [{ stock: 5 }, { stock: 5 }] });
    const [kept, added] = product.variantIds as [string, string];
    await database.db.cart.create({
      data: { userId: customer.id, currency: "EUR", items: { create: { variantId: kept, quantity: 1 } } },
    });
    const guest = await callerFor(database.db, "storefront");
    const { cartId } = await guest.api.cart.addItem({
      cartId: null,
      locale: "fr",
      variantId: added,
      quantity: 2,
    });

    const { api, resHeaders } = await callerFor(database.db, "storefront");
    await api.auth.login({
      email: customer.email,
      password: customer.password!,
      guestCartId: cartId,
      locale: "fr",
    });
    const loggedIn = await callerFor(
      database.db,
      "storefront",
      cookieHeaderFrom(resHeaders.get("set-cookie") ?? ""),
    );
    const merged = await loggedIn.api.cart.get({ cartId: null, locale: "fr" });
    expect(merged.lines.map((line) => [line.variantId, line.quantity]).sort()).toEqual(
      [
        [kept, 1],
        [added, 2],
      ].sort(),
    );
    expect(await database.db.cart.findUnique({ where: { id: cartId! } })).toBeNull();
  });

  it("gives the same INVALID_CREDENTIALS answer for a wrong password, an unknown email and a customer in the admin", async () => {
    const customer = await createTestUser(database.db, { role: "CUSTOMER" });
    const staff = await createTestUser(database.db, { role: "ADMIN" });
    const { api, resHeaders } = await callerFor(database.db, "admin");
    const attempts = [
      { email: staff.email, password: "wrong password" },
      { email: freshEmail("nobody"), password: "whatever" },
      { email: customer.email, password: customer.password! },
    ];
    for (const attempt of attempts) {
      const error = await api.auth.login(attempt).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe("UNAUTHORIZED");
      expect(domainCodeOf(error)).toBe("INVALID_CREDENTIALS");
    }
    expect(resHeaders.get("set-cookie")).toBeNull();
    expect(await database.db.session.count({ where: { userId: { in: [customer.id, staff.id] } } })).toBe(0);
  });

  it("rejects malformed input with translation keys per field and changes nothing", async () => {
    const { api } = await callerFor(database.db, "admin");
    const error = await api.auth
      .login({ email: "not-an-email", password: "" })
      .catch((caught: unknown) => caught);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect(fieldErrorsFromError(error)).toEqual({
      email: ["validation.email"],
      password: ["validation.required"],
    });
  });

  it("rotates the session id at login and invalidates it at logout", async () => {
    const staff = await createTestUser(database.db, { role: "OWNER" });
    const first = await callerFor(database.db, "admin");
    await first.api.auth.login({ email: staff.email, password: staff.password! });
    const firstCookie = cookieHeaderFrom(first.resHeaders.get("set-cookie") ?? "");

    const second = await callerFor(database.db, "admin", firstCookie);
    await second.api.auth.login({ email: staff.email, password: staff.password! });
    const secondCookie = cookieHeaderFrom(second.resHeaders.getSetCookie().at(-1) ?? "");
    expect(secondCookie).not.toBe(firstCookie);
    expect(await (await callerFor(database.db, "admin", firstCookie)).api.auth.me()).toBeNull();

    const third = await callerFor(database.db, "admin", secondCookie);
    await third.api.auth.logout();
    expect(third.resHeaders.get("set-cookie")).toMatch(/^comptoir_admin_session=;/);
    expect(await (await callerFor(database.db, "admin", secondCookie)).api.auth.me()).toBeNull();
  });
});

describe("auth router: verification, lockouts, audit and logging out everywhere", () => {
  const database = useTestDatabase("api_auth_sessions");

  it("refuses an unverified storefront login with EMAIL_NOT_VERIFIED and queues a new link, a bounded number of times", async () => {
    const user = await createTestUser(database.db, { verified: false, locale: "en" });
    const { api, resHeaders, emails } = await visitor(database.db);
    for (let attempt = 0; attempt < AUTH_RATE_LIMITS.verificationResendPerAccount.points + 2; attempt++) {
      expect(await refusal(api.auth.login({ email: user.email, password: user.password! }))).toMatchObject({
        code: "FORBIDDEN",
        domain: "EMAIL_NOT_VERIFIED",
      });
    }
    expect(emails.sent).toEqual(
      Array.from({ length: AUTH_RATE_LIMITS.verificationResendPerAccount.points }, () => ({
        kind: "verify-email",
        userId: user.id,
        locale: "en",
      })),
    );
    expect(sessionCookieOf(resHeaders)).toBe("");
    expect(await database.db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await database.db.auditLog.findFirst({ where: { actorId: user.id } })).toMatchObject({
      action: "login_failed",
      metadata: { reason: "email_not_verified" },
    });

    // A wrong password says nothing about verification, and queues nothing.
    expect(await refusal(api.auth.login({ email: user.email, password: "not the password" }))).toMatchObject({
      domain: "INVALID_CREDENTIALS",
    });
  });

  it("lets unverified staff into the admin: the rule is the storefront's", async () => {
    const staff = await createTestUser(database.db, { role: "SUPPORT", verified: false });
    const { api, resHeaders } = await callerFor(database.db, "admin");
    await api.auth.login({ email: staff.email, password: staff.password! });
    expect(sessionCookieOf(resHeaders)).toMatch(/^comptoir_admin_session=/);
  });

  it("records user_login and login_failed events, with the account when there is one and no secret", async () => {
    const user = await createTestUser(database.db);
    const address = freshAddress();
    const { api, resHeaders } = await visitor(database.db, { address });
    const unknown = freshEmail("personne");
    await refusal(api.auth.login({ email: user.email, password: "wrong password" }));
    await refusal(api.auth.login({ email: unknown, password: "wrong password" }));
    await api.auth.login({ email: user.email, password: user.password! });
    const cookie = sessionCookieOf(resHeaders);

    const events = await database.db.auditLog.findMany({
      where: { ipAddress: address },
      orderBy: { createdAt: "asc" },
    });
    expect(events).toMatchObject([
      { action: "login_failed", actorId: user.id, metadata: { reason: "wrong_password" } },
      { action: "login_failed", actorId: null, metadata: { reason: "unknown_account" } },
      {
        action: "user_login",
        actorId: user.id,
        userAgent: "Vitest browser",
        metadata: { method: "password", audience: "storefront" },
      },
    ]);
    const text = JSON.stringify(events);
    for (const secret of [user.password!, "wrong password", cookie.split("=")[1]!, unknown]) {
      expect(text).not.toContain(secret);
    }
    const session = await database.db.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(session).toMatchObject({ ipAddress: address, userAgent: "Vitest browser" });
  });

  it("locks an account out after too many wrong passwords, from any address, known or not", async () => {
    const user = await createTestUser(database.db);
    const unknown = freshEmail("inconnu");
    for (const email of [user.email, unknown]) {
      for (let attempt = 0; attempt < AUTH_RATE_LIMITS.loginFailuresPerAccount.points; attempt++) {
        const { api } = await visitor(database.db);
        expect(await refusal(api.auth.login({ email, password: `guess ${attempt}` }))).toMatchObject({
          domain: "INVALID_CREDENTIALS",
        });
      }
    }
    const { api, resHeaders } = await visitor(database.db);
    const locked = await refusal(api.auth.login({ email: user.email, password: user.password! }));
    const lockedUnknown = await refusal(api.auth.login({ email: unknown, password: "whatever" }));
    expect(locked).toEqual({ code: "TOO_MANY_REQUESTS", domain: "RATE_LIMITED", fields: null });
    expect(lockedUnknown).toEqual(locked);
    expect(Number(resHeaders.get("Retry-After"))).toBeGreaterThan(0);
    expect(sessionCookieOf(resHeaders)).toBe("");
    expect(await database.db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await database.db.auditLog.count({ where: { actorId: user.id, action: "user_login" } })).toBe(0);
  });

  it("limits login attempts per client address", async () => {
    const user = await createTestUser(database.db);
    const address = freshAddress();
    const { api } = await visitor(database.db, { address });
    for (let attempt = 0; attempt < AUTH_RATE_LIMITS.loginPerAddress.points; attempt++) {
      await refusal(api.auth.login({ email: freshEmail(), password: "whatever" }));
    }
    const { api: again, resHeaders } = await visitor(database.db, { address });
    expect(await refusal(again.auth.login({ email: user.email, password: user.password! }))).toMatchObject({
      domain: "RATE_LIMITED",
    });
    expect(sessionCookieOf(resHeaders)).toBe("");
    // Another address is not affected.
    await (await visitor(database.db)).api.auth.login({ email: user.email, password: user.password! });
  });

  it("logs out everywhere: every session of the account ends and the cookie is cleared", async () => {
    const user = await createTestUser(database.db);
    const cookies: string[] = [];
    for (let device = 0; device < 3; device++) {
      const { api, resHeaders } = await visitor(database.db);
      await api.auth.login({ email: user.email, password: user.password! });
      cookies.push(sessionCookieOf(resHeaders));
    }
    const other = await createTestUser(database.db);
    const { api: otherApi, resHeaders: otherHeaders } = await visitor(database.db);
    await otherApi.auth.login({ email: other.email, password: other.password! });

    const { api, resHeaders } = await visitor(database.db, { cookie: cookies[0] });
    expect(await api.auth.logoutEverywhere()).toEqual({ ok: true });
    expect(resHeaders.get("set-cookie")).toMatch(/^comptoir_session=;/);
    for (const cookie of cookies) {
      expect(await (await visitor(database.db, { cookie })).api.auth.me()).toBeNull();
    }
    expect(await database.db.session.count({ where: { userId: user.id } })).toBe(0);
    const stillIn = await visitor(database.db, { cookie: sessionCookieOf(otherHeaders) });
    expect(await stillIn.api.auth.me()).toMatchObject({ id: other.id });
    expect(
      await database.db.auditLog.findFirst({ where: { actorId: user.id, action: "sessions_revoked" } }),
    ).toMatchObject({
      metadata: { count: 3, scope: "all" },
    });

    expect(await refusal((await visitor(database.db)).api.auth.logoutEverywhere())).toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("records the logout", async () => {
    const user = await createTestUser(database.db);
    const { api, resHeaders } = await visitor(database.db);
    await api.auth.login({ email: user.email, password: user.password! });
    await (await visitor(database.db, { cookie: sessionCookieOf(resHeaders) })).api.auth.logout();
    expect(
      await database.db.auditLog.findFirst({ where: { actorId: user.id, action: "logout" } }),
    ).toMatchObject({
      metadata: { audience: "storefront" },
    });
  });
});
