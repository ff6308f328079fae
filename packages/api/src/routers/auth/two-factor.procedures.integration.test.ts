import { currentTotpCode, startSession } from "@comptoir/auth";
import { cookieHeaderFrom, createTestUser, enableTestTotp } from "@comptoir/auth/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { callerFor, staffCaller } from "../../testing/callers";
import { auditText, freshAddress, refusal, sessionCookieOf } from "./auth-test-kit";
import { TWO_FACTOR_RATE_LIMITS } from "./two-factor-rate-limits";

const database = useTestDatabase("api_auth_two_factor");
const listInput = { locale: "fr" as const, page: 1, pageSize: 10 };

/** An admin request from its own client address, carrying `cookie`. */
function adminRequest(cookie?: string, address = freshAddress()) {
  return callerFor(database.db, "admin", cookie, {
    headers: { "X-Forwarded-For": address, "User-Agent": "Vitest browser" },
  });
}

/** Logs in with the password at the admin; returns the session's cookie. */
async function passwordLogin(email: string, password: string) {
  const { api, resHeaders } = await adminRequest();
  await api.auth.login({ email, password });
  return sessionCookieOf(resHeaders);
}

describe("admin login with two-factor", () => {
  it("opens nothing after the password alone, and everything after the code", async () => {
    const manager = await createTestUser(database.db, { role: "MANAGER" });
    const secret = await enableTestTotp(database.db, manager.id);
    const cookie = await passwordLogin(manager.email, manager.password!);

    const pending = await adminRequest(cookie);
    expect(await pending.api.auth.adminSession()).toMatchObject({ step: "code_required", permissions: [] });
    expect(await refusal(pending.api.admin.products.list(listInput))).toMatchObject({ code: "FORBIDDEN" });

    await pending.api.auth.verifySecondFactor({ code: await currentTotpCode(secret) });
    const ready = await adminRequest(cookie);
    expect(await ready.api.auth.adminSession()).toMatchObject({
      step: "ready",
      user: { id: manager.id },
      permissions: expect.arrayContaining(["catalog.write", "refunds.create"]),
    });
    expect((await ready.api.admin.products.list(listInput)).total).toBe(0);
    expect(
      await database.db.auditLog.findFirst({ where: { actorId: manager.id, action: "two_factor_verified" } }),
    ).toMatchObject({ metadata: { method: "totp" } });
  });

  it("refuses a wrong code, a malformed one, and a right code used a second time", async () => {
    const manager = await createTestUser(database.db, { role: "MANAGER" });
    const secret = await enableTestTotp(database.db, manager.id);
    const first = await passwordLogin(manager.email, manager.password!);
    const code = await currentTotpCode(secret);
    const wrong = code === "000000" ? "111111" : "000000";
    for (const attempt of [wrong, "12345", "pas un code"]) {
      expect(
        await refusal((await adminRequest(first)).api.auth.verifySecondFactor({ code: attempt })),
      ).toEqual({
        code: "BAD_REQUEST",
        domain: null,
        fields: { code: ["two_factor_code_invalid"] },
      });
    }
    expect(
      await refusal((await adminRequest(first)).api.auth.verifySecondFactor({ code: "" })),
    ).toMatchObject({
      fields: { code: ["validation.required"] },
    });
    await (await adminRequest(first)).api.auth.verifySecondFactor({ code });

    // Someone who saw the code and the password, on another device, within the same 30 seconds.
    const second = await passwordLogin(manager.email, manager.password!);
    expect(await refusal((await adminRequest(second)).api.auth.verifySecondFactor({ code }))).toMatchObject({
      fields: { code: ["two_factor_code_invalid"] },
    });
    expect((await (await adminRequest(second)).api.auth.adminSession())?.step).toBe("code_required");
    const text = await auditText(database.db);
    expect(text).not.toContain(code);
  });

  it("accepts each recovery code once, in place of a code", async () => {
    const { api, user } = await staffCaller(database.db, "SUPPORT", { twoFactor: false });
    await api.auth.beginTwoFactorEnrolment();
    const row = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.totpEnabledAt).toBeNull();
    expect(row.totpSecret).toMatch(/^v1\./);
    const enrolment = await api.auth.beginTwoFactorEnrolment();
    // The same secret when asked again: a reload does not break a QR code already scanned.
    expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).totpSecret).toBe(
      row.totpSecret,
    );
    expect(enrolment.qrSvg).toMatch(/^<svg/);
    expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\/Comptoir:.*secret=/);
    // The secret is never stored in clear.
    expect(row.totpSecret).not.toContain(enrolment.secret);
    const { recoveryCodes } = await api.auth.confirmTwoFactorEnrolment({
      code: await currentTotpCode(enrolment.secret),
    });
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await database.db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored.map((code) => code.codeHash)).not.toContain(recoveryCodes[0]);

    const cookie = await passwordLogin(user.email, user.password!);
    await (await adminRequest(cookie)).api.auth.verifySecondFactor({ code: recoveryCodes[0]!.toUpperCase() });
    expect((await (await adminRequest(cookie)).api.auth.adminSession())?.step).toBe("ready");
    const again = await passwordLogin(user.email, user.password!);
    expect(
      await refusal((await adminRequest(again)).api.auth.verifySecondFactor({ code: recoveryCodes[0]! })),
    ).toMatchObject({
      fields: { code: ["two_factor_code_invalid"] },
    });
    expect(await database.db.recoveryCode.count({ where: { userId: user.id, usedAt: { not: null } } })).toBe(
      1,
    );
  });

  it("sends admins and owners without two-factor to enrolment before anything else", async () => {
    const owner = await createTestUser(database.db, { role: "OWNER" });
    const cookie = await passwordLogin(owner.email, owner.password!);
    const { api } = await adminRequest(cookie);
    expect(await api.auth.adminSession()).toMatchObject({ step: "enrolment_required", permissions: [] });
    expect(await refusal(api.admin.staff.list())).toMatchObject({ code: "FORBIDDEN" });
    const enrolment = await api.auth.beginTwoFactorEnrolment();
    const wrong = await refusal(api.auth.confirmTwoFactorEnrolment({ code: "000000" }));
    // (A one in a million chance that 000000 is the right code: then this test would say so.)
    expect(wrong.fields).toEqual({ code: ["two_factor_code_invalid"] });
    expect((await database.db.user.findUniqueOrThrow({ where: { id: owner.id } })).totpEnabledAt).toBeNull();
    await api.auth.confirmTwoFactorEnrolment({ code: await currentTotpCode(enrolment.secret) });
    const after = await adminRequest(cookie);
    expect((await after.api.auth.adminSession())?.step).toBe("ready");
    expect((await after.api.admin.staff.list()).map((member) => member.id)).toContain(owner.id);
    expect(await refusal(after.api.auth.beginTwoFactorEnrolment())).toMatchObject({ code: "CONFLICT" });
    expect(
      await database.db.auditLog.count({ where: { actorId: owner.id, action: "two_factor_enabled" } }),
    ).toBe(1);
  });

  it("is not reachable from the storefront, nor with a session still waiting for its code", async () => {
    const manager = await createTestUser(database.db, { role: "MANAGER" });
    await enableTestTotp(database.db, manager.id);
    const storefront = await startSession(database.db, "storefront", manager.id);
    const { api } = await callerFor(database.db, "storefront", cookieHeaderFrom(storefront.setCookie));
    expect(await api.auth.adminSession()).toBeNull();
    expect(await refusal(api.auth.verifySecondFactor({ code: "123456" }))).toMatchObject({
      code: "FORBIDDEN",
    });
    const pending = await adminRequest(await passwordLogin(manager.email, manager.password!));
    expect(await refusal(pending.api.auth.beginTwoFactorEnrolment())).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(pending.api.auth.reauthenticate({ secret: manager.password! }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await (await adminRequest()).api.auth.adminSession()).toBeNull();
  });

  it("locks an account out after too many wrong codes, even for the right one", async () => {
    const manager = await createTestUser(database.db, { role: "MANAGER" });
    const secret = await enableTestTotp(database.db, manager.id);
    const cookie = await passwordLogin(manager.email, manager.password!);
    const code = await currentTotpCode(secret);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let attempt = 0; attempt < TWO_FACTOR_RATE_LIMITS.codeFailuresPerAccount.points; attempt++) {
      await refusal((await adminRequest(cookie)).api.auth.verifySecondFactor({ code: wrong }));
    }
    const { api, resHeaders } = await adminRequest(cookie);
    expect(await refusal(api.auth.verifySecondFactor({ code }))).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      domain: "RATE_LIMITED",
    });
    expect(Number(resHeaders.get("Retry-After"))).toBeGreaterThan(0);
    expect((await (await adminRequest(cookie)).api.auth.adminSession())?.step).toBe("code_required");
  });
});

describe("auth.reauthenticate and sensitive procedures", () => {
  it("asks for a fresh proof before a role change, and accepts a new code", async () => {
    const owner = await staffCaller(database.db, "OWNER", {
      reauthenticatedAt: new Date(Date.now() - 11 * 60_000),
    });
    const support = await staffCaller(database.db, "SUPPORT");
    expect(
      await refusal(owner.api.admin.staff.changeRole({ userId: support.user.id, role: "MANAGER" })),
    ).toMatchObject({ code: "FORBIDDEN", domain: "REAUTHENTICATION_REQUIRED" });
    expect((await database.db.user.findUniqueOrThrow({ where: { id: support.user.id } })).role).toBe(
      "SUPPORT",
    );

    expect(await refusal(owner.api.auth.reauthenticate({ secret: owner.user.password! }))).toMatchObject({
      fields: { secret: ["two_factor_code_invalid"] },
    });
    await owner.api.auth.reauthenticate({ secret: await currentTotpCode(owner.totpSecret!) });
    await owner.api.admin.staff.changeRole({ userId: support.user.id, role: "MANAGER" });
    expect((await database.db.user.findUniqueOrThrow({ where: { id: support.user.id } })).role).toBe(
      "MANAGER",
    );
  });

  it("takes the password from staff without two-factor", async () => {
    const manager = await staffCaller(database.db, "MANAGER", { reauthenticatedAt: null });
    expect(await refusal(manager.api.auth.reauthenticate({ secret: "not the password" }))).toMatchObject({
      fields: { secret: ["two_factor_code_invalid"] },
    });
    await manager.api.auth.reauthenticate({ secret: manager.user.password! });
    const session = await database.db.session.findUniqueOrThrow({ where: { id: manager.sessionId } });
    expect(session.reauthenticatedAt?.getTime()).toBeGreaterThan(Date.now() - 5_000);
    expect(await auditText(database.db)).not.toContain(manager.user.password!);
  });
});
