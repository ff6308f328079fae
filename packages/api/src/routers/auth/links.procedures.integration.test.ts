import { startSession } from "@comptoir/auth";
import { cookieHeaderFrom, createTestUser } from "@comptoir/auth/testing";
import { createTestProduct } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { AUTH_RATE_LIMITS } from "../../auth-rate-limits";
import {
  auditText,
  freshAddress,
  freshEmail,
  linkFor,
  refusal,
  sessionCookieOf,
  visitor,
} from "./auth-test-kit";

const database = useTestDatabase("api_auth_links");
const NEW_PASSWORD = "une phrase toute neuve";

describe.each([
  ["requestMagicLink", "magic-link", "magicLinkPerAccount", "magicLinkPerAddress"],
  ["requestPasswordReset", "password-reset", "passwordResetPerAccount", "passwordResetPerAddress"],
] as const)("auth.%s", (procedure, kind, perAccount, perAddress) => {
  it("answers the same for known and unknown addresses, and only queues the email", async () => {
    const known = await createTestUser(database.db);
    const unknown = freshEmail("inconnu");
    const counts = async () => [await database.db.user.count(), await database.db.authToken.count()];
    const before = await counts();
    const answers = [];
    for (const email of [known.email.toUpperCase(), unknown]) {
      const { api, emails, resHeaders } = await visitor(database.db);
      answers.push({
        answer: await api.auth[procedure]({ email, locale: "en" }),
        sent: emails.sent.map((job) => ({ ...job, email: "<address>" })),
        cookies: resHeaders.getSetCookie(),
      });
      expect(emails.sent).toEqual([{ kind, email: email.toLowerCase(), locale: "en" }]);
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]).toEqual({
      answer: { ok: true },
      sent: [{ kind, email: "<address>", locale: "en" }],
      cookies: [],
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses a malformed address with a field error", async () => {
    const { api, emails } = await visitor(database.db);
    expect(await refusal(api.auth[procedure]({ email: "pas une adresse", locale: "fr" }))).toMatchObject({
      code: "BAD_REQUEST",
      fields: { email: ["validation.email"] },
    });
    expect(emails.sent).toEqual([]);
  });

  it("is rate-limited per account, alike for known and unknown addresses, and per client address", async () => {
    const known = await createTestUser(database.db);
    const unknown = freshEmail("limite");
    for (const email of [known.email, unknown]) {
      for (let attempt = 0; attempt < AUTH_RATE_LIMITS[perAccount].points; attempt++) {
        await (await visitor(database.db)).api.auth[procedure]({ email, locale: "fr" });
      }
      const { api, emails } = await visitor(database.db);
      expect(await refusal(api.auth[procedure]({ email, locale: "fr" }))).toEqual({
        code: "TOO_MANY_REQUESTS",
        domain: "RATE_LIMITED",
        fields: null,
      });
      expect(emails.sent).toEqual([]);
    }

    const address = freshAddress();
    for (let attempt = 0; attempt < AUTH_RATE_LIMITS[perAddress].points; attempt++) {
      await (
        await visitor(database.db, { address })
      ).api.auth[procedure]({ email: freshEmail(), locale: "fr" });
    }
    const { api, emails } = await visitor(database.db, { address });
    expect(await refusal(api.auth[procedure]({ email: freshEmail(), locale: "fr" }))).toMatchObject({
      domain: "RATE_LIMITED",
    });
    expect(emails.sent).toEqual([]);
  });
});

describe("auth.loginWithMagicLink", () => {
  it("logs into the address's account with a new session and merges the guest cart", async () => {
    const user = await createTestUser(database.db, { verified: false });
    const token = await linkFor(database.db, "MAGIC_LINK", user);
    const product = await createTestProduct(database.db, { variants: [{ stock: 5 }] });
    const before = await startSession(database.db, "storefront", (await createTestUser(database.db)).id);
    const guest = await visitor(database.db);
    const { cartId } = await guest.api.cart.addItem({
      cartId: null,
      locale: "fr",
      variantId: product.variantIds[0]!,
      quantity: 1,
    });

    const { api, resHeaders } = await visitor(database.db, { cookie: cookieHeaderFrom(before.setCookie) });
    expect(await api.auth.loginWithMagicLink({ token, guestCartId: cartId, locale: "fr" })).toMatchObject({
      user: { id: user.id },
      created: false,
    });
    const cookie = sessionCookieOf(resHeaders);
    expect(cookie).not.toBe(cookieHeaderFrom(before.setCookie));
    // The session the browser had before (someone else's) is over.
    expect(await database.db.session.count({ where: { id: before.sessionId } })).toBe(0);
    const loggedIn = await visitor(database.db, { cookie });
    expect(await loggedIn.api.auth.me()).toMatchObject({ id: user.id });
    expect((await loggedIn.api.cart.get({ cartId: null, locale: "fr" })).itemCount).toBe(1);
    expect(
      await database.db.auditLog.findFirst({ where: { actorId: user.id, action: "user_login" } }),
    ).toMatchObject({ metadata: { method: "magic_link" } });
  });

  it("creates the account when the address had none", async () => {
    const email = freshEmail("premiere");
    const token = await linkFor(database.db, "MAGIC_LINK", { id: null, email });
    const { api, resHeaders } = await visitor(database.db);
    const result = await api.auth.loginWithMagicLink({ token, locale: "en" });
    expect(result).toMatchObject({ user: { email, locale: "en" }, created: true });
    expect(sessionCookieOf(resHeaders)).toMatch(/^comptoir_session=/);
    expect(await database.db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({
      passwordHash: null,
      emailVerifiedAt: expect.any(Date),
    });
  });

  it("answers LINK_INVALID for unknown, expired, used or wrong-purpose links and deactivated accounts", async () => {
    const user = await createTestUser(database.db);
    const gone = await createTestUser(database.db, { deactivated: true });
    const used = await linkFor(database.db, "MAGIC_LINK", user);
    await (await visitor(database.db)).api.auth.loginWithMagicLink({ token: used });
    const tokens = [
      "never-issued-token-00000000000000000000000",
      used,
      await linkFor(database.db, "MAGIC_LINK", user, new Date(Date.now() - 16 * 60_000)),
      await linkFor(database.db, "PASSWORD_RESET", user),
      await linkFor(database.db, "MAGIC_LINK", gone),
    ];
    for (const token of tokens) {
      const { api, resHeaders } = await visitor(database.db);
      expect(await refusal(api.auth.loginWithMagicLink({ token }))).toMatchObject({ domain: "LINK_INVALID" });
      expect(sessionCookieOf(resHeaders)).toBe("");
    }
  });

  it("logs in exactly once when the same link is followed twice at once", async () => {
    const user = await createTestUser(database.db);
    const token = await linkFor(database.db, "MAGIC_LINK", user);
    const visitors = await Promise.all([visitor(database.db), visitor(database.db), visitor(database.db)]);
    const outcomes = await Promise.allSettled(
      visitors.map(({ api }) => api.auth.loginWithMagicLink({ token })),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await database.db.session.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe("auth.resetPassword", () => {
  it("sets the password, ends every session of the account, and logs in with a new one", async () => {
    const user = await createTestUser(database.db, { locale: "en" });
    const devices = await Promise.all([
      startSession(database.db, "storefront", user.id),
      startSession(database.db, "storefront", user.id),
    ]);
    const request = await visitor(database.db);
    await request.api.auth.requestPasswordReset({ email: user.email, locale: "en" });
    expect(request.emails.sent).toEqual([{ kind: "password-reset", email: user.email, locale: "en" }]);
    const token = await linkFor(database.db, "PASSWORD_RESET", user);
    const laterLink = await linkFor(database.db, "MAGIC_LINK", user);

    const { api, resHeaders, emails } = await visitor(database.db);
    expect(await api.auth.resetPassword({ token, password: NEW_PASSWORD })).toMatchObject({
      user: { id: user.id, email: user.email },
    });
    expect(emails.sent).toEqual([{ kind: "password-changed", userId: user.id, locale: "en" }]);
    for (const device of devices) {
      const old = await visitor(database.db, { cookie: cookieHeaderFrom(device.setCookie) });
      expect(await old.api.auth.me()).toBeNull();
    }
    const cookie = sessionCookieOf(resHeaders);
    expect(await (await visitor(database.db, { cookie })).api.auth.me()).toMatchObject({ id: user.id });
    expect(await database.db.session.count({ where: { userId: user.id } })).toBe(1);
    // Unused links of the account died with the old password.
    expect(
      await refusal((await visitor(database.db)).api.auth.loginWithMagicLink({ token: laterLink })),
    ).toMatchObject({
      domain: "LINK_INVALID",
    });

    expect(
      await refusal(
        (await visitor(database.db)).api.auth.login({ email: user.email, password: user.password! }),
      ),
    ).toMatchObject({ domain: "INVALID_CREDENTIALS" });
    await (await visitor(database.db)).api.auth.login({ email: user.email, password: NEW_PASSWORD });

    const events = await database.db.auditLog.findMany({
      where: { actorId: user.id, action: { in: ["password_reset", "user_login"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((event) => [event.action, (event.metadata as { method?: string }).method])).toEqual([
      ["password_reset", undefined],
      ["user_login", "password_reset"],
      ["user_login", "password"],
    ]);
    const text = await auditText(database.db);
    for (const secret of [
      token,
      NEW_PASSWORD,
      user.password!,
      ...devices.map((d) => d.sessionId),
      cookie.split("=")[1]!,
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(
      await refusal(api.auth.resetPassword({ token, password: "encore une autre phrase" })),
    ).toMatchObject({
      domain: "LINK_INVALID",
    });
  });

  it("refuses a short or common password with a field error, and keeps the link unspent", async () => {
    const user = await createTestUser(database.db);
    const token = await linkFor(database.db, "PASSWORD_RESET", user);
    const { api } = await visitor(database.db);
    expect(await refusal(api.auth.resetPassword({ token, password: "court" }))).toMatchObject({
      code: "BAD_REQUEST",
      fields: { password: ["validation.password_too_short"] },
    });
    expect(await refusal(api.auth.resetPassword({ token, password: "Password2024!" }))).toMatchObject({
      fields: { password: ["validation.password_common"] },
    });
    await api.auth.resetPassword({ token, password: NEW_PASSWORD });
  });

  it("answers LINK_INVALID for unknown, expired or wrong-purpose links and deactivated accounts, changing nothing", async () => {
    const user = await createTestUser(database.db);
    const gone = await createTestUser(database.db, { deactivated: true });
    const before = await database.db.user.findMany({ where: { id: { in: [user.id, gone.id] } } });
    const tokens = [
      "never-issued-token-00000000000000000000000",
      await linkFor(database.db, "PASSWORD_RESET", user, new Date(Date.now() - 31 * 60_000)),
      await linkFor(database.db, "MAGIC_LINK", user),
      await linkFor(database.db, "PASSWORD_RESET", gone),
    ];
    for (const token of tokens) {
      const { api, emails } = await visitor(database.db);
      expect(await refusal(api.auth.resetPassword({ token, password: NEW_PASSWORD }))).toMatchObject({
        domain: "LINK_INVALID",
      });
      expect(emails.sent).toEqual([]);
    }
    expect(await database.db.user.findMany({ where: { id: { in: [user.id, gone.id] } } })).toEqual(before);
  });
});

describe("auth.confirmEmailChange", () => {
  it("moves the account, tells the old address, ends the old sessions and logs in with a new one", async () => {
    const user = await createTestUser(database.db, { locale: "en" });
    const device = await startSession(database.db, "storefront", user.id);
    const newEmail = freshEmail("nouvelle");
    const token = await linkFor(database.db, "EMAIL_CHANGE", { id: user.id, email: newEmail });
    const { api, resHeaders, emails } = await visitor(database.db, {
      cookie: cookieHeaderFrom(device.setCookie),
    });
    expect(await api.auth.confirmEmailChange({ token })).toMatchObject({
      user: { id: user.id, email: newEmail },
    });
    expect(emails.sent).toEqual([{ kind: "email-changed", oldEmail: user.email, newEmail, locale: "en" }]);
    const cookie = sessionCookieOf(resHeaders);
    expect(cookie).not.toBe(cookieHeaderFrom(device.setCookie));
    expect(
      await (await visitor(database.db, { cookie: cookieHeaderFrom(device.setCookie) })).api.auth.me(),
    ).toBeNull();
    expect(await (await visitor(database.db, { cookie })).api.auth.me()).toMatchObject({ email: newEmail });
    await (await visitor(database.db)).api.auth.login({ email: newEmail, password: user.password! });
    expect(
      await refusal(
        (await visitor(database.db)).api.auth.login({ email: user.email, password: user.password! }),
      ),
    ).toMatchObject({ domain: "INVALID_CREDENTIALS" });
    const text = await auditText(database.db);
    expect(text).not.toContain(token);
    expect(text).not.toContain(newEmail);
  });

  it("answers LINK_INVALID when the new address was taken meanwhile, or for a link of another purpose", async () => {
    const user = await createTestUser(database.db);
    const other = await createTestUser(database.db);
    const taken = await linkFor(database.db, "EMAIL_CHANGE", { id: user.id, email: other.email });
    const wrongPurpose = await linkFor(database.db, "EMAIL_VERIFICATION", user);
    for (const token of [taken, wrongPurpose]) {
      const { api, resHeaders, emails } = await visitor(database.db);
      expect(await refusal(api.auth.confirmEmailChange({ token }))).toMatchObject({ domain: "LINK_INVALID" });
      expect(sessionCookieOf(resHeaders)).toBe("");
      expect(emails.sent).toEqual([]);
    }
    expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });
});
