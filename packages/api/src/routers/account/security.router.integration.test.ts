import { publicSessionId, startSession } from "@comptoir/auth";
import { cookieHeaderFrom, createTestUser } from "@comptoir/auth/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { AUTH_RATE_LIMITS } from "../../auth-rate-limits";
import { loggedInCaller } from "../../testing/callers";
import { auditText, freshEmail, refusal, sessionCookieOf, visitor } from "../auth/auth-test-kit";

const database = useTestDatabase("api_account_security");
const NEW_PASSWORD = "une phrase toute neuve";

/** A customer logged in on this device and on `others` more. */
async function customer(options: { password?: string | null; others?: number } = {}) {
  const user = await createTestUser(database.db, { password: options.password, locale: "en" });
  const here = await startSession(database.db, "storefront", user.id, {
    userAgent: "Firefox on Linux",
    ipAddress: "203.0.113.30",
  });
  const others = await Promise.all(
    Array.from({ length: options.others ?? 0 }, () => startSession(database.db, "storefront", user.id)),
  );
  const cookie = cookieHeaderFrom(here.setCookie);
  return { user, here, others, cookie, ...(await visitor(database.db, { cookie })) };
}

describe("account.security.sessions / revokeSession", () => {
  it("lists the customer's own sessions by public id, the current one marked", async () => {
    const { api, here, others } = await customer({ others: 1 });
    const stranger = await customer();
    const listed = await api.account.security.sessions();
    expect(listed).toHaveLength(2);
    expect(listed.find((session) => session.current)).toMatchObject({
      id: publicSessionId(here.sessionId),
      userAgent: "Firefox on Linux",
      ipAddress: "203.0.113.30",
    });
    expect(listed.find((session) => !session.current)?.id).toBe(publicSessionId(others[0]!.sessionId));
    const text = JSON.stringify(listed);
    for (const id of [here.sessionId, others[0]!.sessionId, stranger.here.sessionId])
      expect(text).not.toContain(id);
  });

  it("revokes one of the customer's sessions, and answers NOT_FOUND for another customer's", async () => {
    const { api, others, user } = await customer({ others: 1 });
    const stranger = await customer();
    expect(
      await refusal(api.account.security.revokeSession({ id: publicSessionId(stranger.here.sessionId) })),
    ).toMatchObject({
      code: "NOT_FOUND",
      domain: "NOT_FOUND",
    });
    expect(await refusal(api.account.security.revokeSession({ id: others[0]!.sessionId }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await refusal(api.account.security.revokeSession({ id: "" }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await stranger.api.auth.me()).toMatchObject({ id: stranger.user.id });

    expect(await api.account.security.revokeSession({ id: publicSessionId(others[0]!.sessionId) })).toEqual({
      ok: true,
    });
    expect(await database.db.session.count({ where: { id: others[0]!.sessionId } })).toBe(0);
    expect(await api.auth.me()).toMatchObject({ id: user.id });
  });

  it("revoking the current session clears its cookie", async () => {
    const { api, here, resHeaders, cookie } = await customer();
    await api.account.security.revokeSession({ id: publicSessionId(here.sessionId) });
    expect(resHeaders.get("set-cookie")).toMatch(/^comptoir_session=;/);
    expect(await (await visitor(database.db, { cookie })).api.auth.me()).toBeNull();
  });
});

describe("account.security.changePassword", () => {
  it("needs the current password, then rotates this session and ends the others", async () => {
    const { api, resHeaders, emails, user, cookie, others } = await customer({ others: 2 });
    expect(
      await refusal(
        api.account.security.changePassword({ currentPassword: "wrong", newPassword: NEW_PASSWORD }),
      ),
    ).toEqual({ code: "BAD_REQUEST", domain: "PASSWORD_INCORRECT", fields: null });
    expect(await database.db.session.count({ where: { userId: user.id } })).toBe(3);
    expect(emails.sent).toEqual([]);

    expect(
      await api.account.security.changePassword({
        currentPassword: user.password!,
        newPassword: NEW_PASSWORD,
      }),
    ).toEqual({ ok: true });
    const rotated = sessionCookieOf(resHeaders);
    expect(rotated).toMatch(/^comptoir_session=/);
    expect(rotated).not.toBe(cookie);
    expect(await (await visitor(database.db, { cookie })).api.auth.me()).toBeNull();
    expect(await (await visitor(database.db, { cookie: rotated })).api.auth.me()).toMatchObject({
      id: user.id,
    });
    for (const other of others)
      expect(await database.db.session.count({ where: { id: other.sessionId } })).toBe(0);
    expect(emails.sent).toEqual([{ kind: "password-changed", userId: user.id, locale: "en" }]);

    await (await visitor(database.db)).api.auth.login({ email: user.email, password: NEW_PASSWORD });
    expect(
      await database.db.auditLog.findFirst({ where: { actorId: user.id, action: "password_changed" } }),
    ).toMatchObject({
      metadata: { sessionsRevoked: 2 },
    });
    const text = await auditText(database.db);
    for (const secret of [NEW_PASSWORD, user.password!, rotated.split("=")[1]!, cookie.split("=")[1]!]) {
      expect(text).not.toContain(secret);
    }
  });

  it("refuses a short, common or unchanged new password with field errors, changing nothing", async () => {
    const { api, user, resHeaders } = await customer();
    const cases = [
      [
        { currentPassword: user.password!, newPassword: "court" },
        { newPassword: ["validation.password_too_short"] },
      ],
      [
        { currentPassword: user.password!, newPassword: "iloveyou2024" },
        { newPassword: ["validation.password_common"] },
      ],
      [
        { currentPassword: user.password!, newPassword: user.password! },
        { newPassword: ["validation.password_same"] },
      ],
      [{ currentPassword: "", newPassword: NEW_PASSWORD }, { currentPassword: ["validation.required"] }],
    ] as const;
    for (const [input, fields] of cases) {
      expect(await refusal(api.account.security.changePassword(input))).toMatchObject({
        code: "BAD_REQUEST",
        fields,
      });
    }
    expect(resHeaders.getSetCookie()).toEqual([]);
    await (await visitor(database.db)).api.auth.login({ email: user.email, password: user.password! });
  });

  it("limits current-password guesses per account", async () => {
    const { api, user } = await customer();
    for (let attempt = 0; attempt < AUTH_RATE_LIMITS.passwordCheckPerAccount.points; attempt++) {
      await refusal(
        api.account.security.changePassword({
          currentPassword: `guess ${attempt}`,
          newPassword: NEW_PASSWORD,
        }),
      );
    }
    expect(
      await refusal(
        api.account.security.changePassword({ currentPassword: user.password!, newPassword: NEW_PASSWORD }),
      ),
    ).toMatchObject({ code: "TOO_MANY_REQUESTS", domain: "RATE_LIMITED" });
    await (await visitor(database.db)).api.auth.login({ email: user.email, password: user.password! });
  });
});

describe("account.security.requestEmailChange", () => {
  it("needs the current password, then emails a confirmation link to the new address", async () => {
    const { api, emails, user } = await customer();
    const newEmail = freshEmail("nouvelle");
    expect(await refusal(api.account.security.requestEmailChange({ newEmail }))).toMatchObject({
      domain: "PASSWORD_INCORRECT",
    });
    expect(
      await refusal(api.account.security.requestEmailChange({ newEmail, currentPassword: "wrong" })),
    ).toMatchObject({ domain: "PASSWORD_INCORRECT" });
    expect(
      await refusal(
        api.account.security.requestEmailChange({
          newEmail: "pas une adresse",
          currentPassword: user.password!,
        }),
      ),
    ).toMatchObject({ fields: { newEmail: ["validation.email"] } });
    expect(
      await refusal(
        api.account.security.requestEmailChange({
          newEmail: user.email.toUpperCase(),
          currentPassword: user.password!,
        }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST", fields: { newEmail: ["validation.email_unchanged"] } });
    expect(emails.sent).toEqual([]);

    expect(
      await api.account.security.requestEmailChange({
        newEmail: ` ${newEmail.toUpperCase()}`,
        currentPassword: user.password!,
      }),
    ).toEqual({ ok: true });
    expect(emails.sent).toEqual([{ kind: "email-change", userId: user.id, newEmail, locale: "en" }]);
    expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });

  it("answers the same for an address that already has an account (the link will be refused)", async () => {
    const { api, emails, user } = await customer();
    const other = await createTestUser(database.db);
    expect(
      await api.account.security.requestEmailChange({
        newEmail: other.email,
        currentPassword: user.password!,
      }),
    ).toEqual({ ok: true });
    expect(emails.sent).toHaveLength(1);
  });

  it("needs no password for an account that has none", async () => {
    const { api, emails } = await customer({ password: null });
    expect(
      await api.account.security.requestEmailChange({ newEmail: freshEmail(), currentPassword: "" }),
    ).toEqual({
      ok: true,
    });
    expect(emails.sent).toHaveLength(1);
  });
});

describe("account.security outside a customer's storefront session", () => {
  it("refuses visitors (UNAUTHORIZED) and admin sessions (FORBIDDEN)", async () => {
    const staff = await createTestUser(database.db, { role: "MANAGER" });
    const admin = (await loggedInCaller(database.db, "admin", staff.id)).api;
    const anonymous = (await visitor(database.db)).api;
    // One call at a time: a rejection is observed as soon as it happens.
    const calls = (api: typeof admin) => [
      () => api.account.security.sessions(),
      () => api.account.security.revokeSession({ id: "x" }),
      () =>
        api.account.security.changePassword({ currentPassword: staff.password!, newPassword: NEW_PASSWORD }),
      () =>
        api.account.security.requestEmailChange({ newEmail: freshEmail(), currentPassword: staff.password! }),
    ];
    for (const call of calls(anonymous))
      expect(await refusal(call())).toMatchObject({ code: "UNAUTHORIZED" });
    for (const call of calls(admin)) expect(await refusal(call())).toMatchObject({ code: "FORBIDDEN" });
  });
});
