import { createTestUser } from "@comptoir/auth/testing";
import { createTestProduct } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { AUTH_RATE_LIMITS } from "../../auth-rate-limits";
import { callerFor } from "../../testing/callers";
import {
  auditText,
  freshAddress,
  freshEmail,
  linkFor,
  refusal,
  sessionCookieOf,
  visitor,
} from "./auth-test-kit";

const database = useTestDatabase("api_auth_sign_up");
const PASSWORD = "un mot de passe solide";

describe("auth.signUp", () => {
  it("answers the same for a new and a known address; only the queued email differs", async () => {
    const known = await createTestUser(database.db, { name: "Déjà Client" });
    const knownBefore = await database.db.user.findUniqueOrThrow({ where: { id: known.id } });
    const fresh = freshEmail("nouveau");

    const first = await visitor(database.db);
    const second = await visitor(database.db);
    const answers = [
      await first.api.auth.signUp({
        email: ` ${fresh.toUpperCase()} `,
        password: PASSWORD,
        name: "Inès",
        locale: "en",
      }),
      await second.api.auth.signUp({ email: known.email, password: PASSWORD, name: "Inès", locale: "en" }),
    ];
    expect(answers).toEqual([{ ok: true }, { ok: true }]);
    expect(first.resHeaders.getSetCookie()).toEqual([]);
    expect(second.resHeaders.getSetCookie()).toEqual([]);

    const created = await database.db.user.findUniqueOrThrow({ where: { email: fresh } });
    expect(created).toMatchObject({ name: "Inès", locale: "en", emailVerifiedAt: null });
    expect(first.emails.sent).toEqual([{ kind: "verify-email", userId: created.id, locale: "en" }]);
    expect(second.emails.sent).toEqual([{ kind: "account-exists", email: known.email, locale: "en" }]);
    expect(await database.db.user.findUniqueOrThrow({ where: { id: known.id } })).toEqual(knownBefore);
    expect(await database.db.session.count({ where: { userId: { in: [known.id, created.id] } } })).toBe(0);
    expect(await auditText(database.db)).not.toContain(PASSWORD);
  });

  it("refuses bad input with translated field errors and changes nothing", async () => {
    const { api, emails } = await visitor(database.db);
    const email = freshEmail("refus");
    const cases = [
      [{ email: "pas-une-adresse", password: PASSWORD, locale: "fr" }, { email: ["validation.email"] }],
      [{ email, password: "court", locale: "fr" }, { password: ["validation.password_too_short"] }],
      [{ email, password: "x".repeat(257), locale: "fr" }, { password: ["validation.password_too_long"] }],
      [{ email, password: "", locale: "fr" }, { password: ["validation.required"] }],
      [{ email, password: "password1234", locale: "fr" }, { password: ["validation.password_common"] }],
      [{ email, password: "P@ssw0rd2024!", locale: "fr" }, { password: ["validation.password_common"] }],
      [
        { email: "gaspard.leroux@example.test", password: "gaspardleroux", locale: "fr" },
        { password: ["validation.password_common"] },
      ],
      [{ email, password: PASSWORD, name: "x".repeat(101), locale: "fr" }, { name: ["validation.too_long"] }],
    ] as const;
    for (const [input, fields] of cases) {
      expect(await refusal(api.auth.signUp(input))).toMatchObject({ code: "BAD_REQUEST", fields });
    }
    expect(await refusal(api.auth.signUp({ email, password: PASSWORD, locale: "de" as "fr" }))).toMatchObject(
      {
        code: "BAD_REQUEST",
      },
    );
    expect(
      await database.db.user.count({ where: { email: { in: [email, "gaspard.leroux@example.test"] } } }),
    ).toBe(0);
    expect(emails.sent).toEqual([]);
  });

  it("rate-limits per account, the same for known and unknown addresses, and then changes nothing", async () => {
    const known = await createTestUser(database.db);
    const unknown = freshEmail("limite");
    for (const email of [known.email, unknown]) {
      for (let attempt = 0; attempt < AUTH_RATE_LIMITS.signUpPerAccount.points; attempt++) {
        await (await visitor(database.db)).api.auth.signUp({ email, password: PASSWORD, locale: "fr" });
      }
    }
    const refused = await Promise.all(
      [known.email, unknown].map(async (email) => {
        const { api, emails, resHeaders } = await visitor(database.db);
        const answer = await refusal(api.auth.signUp({ email, password: PASSWORD, locale: "fr" }));
        return { answer, sent: emails.sent, retryAfter: Number(resHeaders.get("Retry-After")) };
      }),
    );
    for (const { answer, sent, retryAfter } of refused) {
      expect(answer).toEqual({ code: "TOO_MANY_REQUESTS", domain: "RATE_LIMITED", fields: null });
      expect(sent).toEqual([]);
      expect(retryAfter).toBeGreaterThan(0);
    }
  });

  it("rate-limits per client address", async () => {
    const address = freshAddress();
    for (let attempt = 0; attempt < AUTH_RATE_LIMITS.signUpPerAddress.points; attempt++) {
      await (
        await visitor(database.db, { address })
      ).api.auth.signUp({
        email: freshEmail("adresse"),
        password: PASSWORD,
        locale: "fr",
      });
    }
    const email = freshEmail("de-trop");
    const { api, emails } = await visitor(database.db, { address });
    expect(await refusal(api.auth.signUp({ email, password: PASSWORD, locale: "fr" }))).toMatchObject({
      domain: "RATE_LIMITED",
    });
    expect(await database.db.user.count({ where: { email } })).toBe(0);
    expect(emails.sent).toEqual([]);
  });

  it("belongs to the storefront: the admin refuses it", async () => {
    const { api } = await callerFor(database.db, "admin");
    expect(
      await refusal(api.auth.signUp({ email: freshEmail(), password: PASSWORD, locale: "fr" })),
    ).toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("auth.verifyEmail", () => {
  it("completes the sign-up: verifies, logs in with a new session, merges the guest cart, says it is the first login", async () => {
    const email = freshEmail("bienvenue");
    const signUp = await visitor(database.db);
    await signUp.api.auth.signUp({ email, password: PASSWORD, locale: "fr" });
    const job = signUp.emails.sent[0];
    if (job?.kind !== "verify-email") throw new Error("expected a verification email");
    const token = await linkFor(database.db, "EMAIL_VERIFICATION", { id: job.userId, email });

    const product = await createTestProduct(database.db, { variants: [{ stock: 5 }] });
    const guest = await visitor(database.db);
    const { cartId } = await guest.api.cart.addItem({
      cartId: null,
      locale: "fr",
      variantId: product.variantIds[0]!,
      quantity: 2,
    });

    const { api, resHeaders } = await visitor(database.db);
    const result = await api.auth.verifyEmail({ token, guestCartId: cartId, locale: "fr" });
    expect(result).toMatchObject({ user: { id: job.userId, email }, firstLogin: true });
    const cookie = sessionCookieOf(resHeaders);
    expect(cookie).toMatch(/^comptoir_session=/);
    const loggedIn = await visitor(database.db, { cookie });
    expect(await loggedIn.api.auth.me()).toMatchObject({ id: job.userId });
    expect((await loggedIn.api.cart.get({ cartId: null, locale: "fr" })).itemCount).toBe(2);
    expect(
      (await database.db.user.findUniqueOrThrow({ where: { id: job.userId } })).emailVerifiedAt,
    ).not.toBeNull();
    expect(
      await database.db.auditLog.findFirst({ where: { actorId: job.userId, action: "user_login" } }),
    ).toMatchObject({ metadata: { method: "email_verification" } });
    expect(await auditText(database.db)).not.toContain(token);

    // The password chosen at sign-up works from now on.
    await (await visitor(database.db)).api.auth.login({ email, password: PASSWORD });
    expect(await refusal(api.auth.verifyEmail({ token }))).toMatchObject({ domain: "LINK_INVALID" });
  });

  it("answers LINK_INVALID for unknown, expired, used or wrong-purpose links and deactivated accounts, logging no one in", async () => {
    const user = await createTestUser(database.db, { verified: false });
    const gone = await createTestUser(database.db, { verified: false, deactivated: true });
    const used = await linkFor(database.db, "EMAIL_VERIFICATION", user);
    await (await visitor(database.db)).api.auth.verifyEmail({ token: used });
    const tokens = [
      "unknown-token-that-was-never-issued-0000000",
      "",
      used,
      await linkFor(database.db, "EMAIL_VERIFICATION", user, new Date(Date.now() - 25 * 3600_000)),
      await linkFor(database.db, "MAGIC_LINK", user),
      await linkFor(database.db, "EMAIL_VERIFICATION", gone),
    ];
    for (const token of tokens) {
      const { api, resHeaders } = await visitor(database.db);
      expect(await refusal(api.auth.verifyEmail({ token }))).toEqual({
        code: "BAD_REQUEST",
        domain: "LINK_INVALID",
        fields: null,
      });
      expect(sessionCookieOf(resHeaders)).toBe("");
    }
    expect(await database.db.session.count({ where: { userId: gone.id } })).toBe(0);
  });

  it("logs in exactly once when the same link is followed twice at once", async () => {
    const user = await createTestUser(database.db, { verified: false });
    const token = await linkFor(database.db, "EMAIL_VERIFICATION", user);
    const visitors = await Promise.all([visitor(database.db), visitor(database.db)]);
    const outcomes = await Promise.allSettled(visitors.map(({ api }) => api.auth.verifyEmail({ token })));
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await database.db.session.count({ where: { userId: user.id } })).toBe(1);
    expect(visitors.filter(({ resHeaders }) => sessionCookieOf(resHeaders) !== "")).toHaveLength(1);
  });

  it("limits the links followed from one address", async () => {
    const address = freshAddress();
    for (let attempt = 0; attempt < AUTH_RATE_LIMITS.linkPerAddress.points; attempt++) {
      await refusal(
        (await visitor(database.db, { address })).api.auth.verifyEmail({ token: `guess-${attempt}` }),
      );
    }
    const user = await createTestUser(database.db, { verified: false });
    const token = await linkFor(database.db, "EMAIL_VERIFICATION", user);
    const { api } = await visitor(database.db, { address });
    expect(await refusal(api.auth.verifyEmail({ token }))).toMatchObject({ domain: "RATE_LIMITED" });
    expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeNull();
    // The link was not spent: it still works from elsewhere.
    await (await visitor(database.db)).api.auth.verifyEmail({ token });
  });
});
