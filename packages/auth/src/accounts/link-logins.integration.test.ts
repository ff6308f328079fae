import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { hashAuthToken, issueAuthToken } from "../auth-tokens";
import { createTestUser } from "../testing";
import { verifyEmailWithLink } from "./email-verification";
import { logInWithMagicLink } from "./magic-link";

const database = useTestDatabase("auth_link_logins");
const request = { clientAddress: null, userAgent: null };

describe("verifyEmailWithLink", () => {
  it("verifies the address once: firstLogin, then the link is spent", async () => {
    const user = await createTestUser(database.db, { verified: false });
    const { token } = await issueAuthToken(database.db, {
      purpose: "EMAIL_VERIFICATION",
      userId: user.id,
      email: user.email,
    });
    const first = await verifyEmailWithLink(database.db, { token });
    expect(first).toMatchObject({ user: { id: user.id, email: user.email }, firstLogin: true });
    const stored = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await verifyEmailWithLink(database.db, { token })).toBeNull();

    const again = await issueAuthToken(database.db, {
      purpose: "EMAIL_VERIFICATION",
      userId: user.id,
      email: user.email,
    });
    expect(await verifyEmailWithLink(database.db, { token: again.token })).toMatchObject({
      firstLogin: false,
    });
  });

  it("refuses a link of another purpose, an expired one, a deactivated account, and an address the account no longer has", async () => {
    const user = await createTestUser(database.db, { verified: false });
    const reset = await issueAuthToken(database.db, {
      purpose: "PASSWORD_RESET",
      userId: user.id,
      email: user.email,
    });
    expect(await verifyEmailWithLink(database.db, { token: reset.token })).toBeNull();

    const old = new Date(Date.now() - 25 * 3600_000);
    const expired = await issueAuthToken(database.db, {
      purpose: "EMAIL_VERIFICATION",
      userId: user.id,
      email: user.email,
      now: old,
    });
    expect(await verifyEmailWithLink(database.db, { token: expired.token })).toBeNull();

    const gone = await createTestUser(database.db, { verified: false, deactivated: true });
    const goneLink = await issueAuthToken(database.db, {
      purpose: "EMAIL_VERIFICATION",
      userId: gone.id,
      email: gone.email,
    });
    expect(await verifyEmailWithLink(database.db, { token: goneLink.token })).toBeNull();

    const moved = await issueAuthToken(database.db, {
      purpose: "EMAIL_VERIFICATION",
      userId: user.id,
      email: user.email,
    });
    await database.db.user.update({ where: { id: user.id }, data: { email: "ailleurs@example.test" } });
    expect(await verifyEmailWithLink(database.db, { token: moved.token })).toBeNull();
    expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeNull();
  });
});

describe("logInWithMagicLink", () => {
  it("logs into the account of the address, verifying it", async () => {
    const user = await createTestUser(database.db, { verified: false });
    const { token } = await issueAuthToken(database.db, {
      purpose: "MAGIC_LINK",
      userId: user.id,
      email: user.email,
    });
    const result = await logInWithMagicLink(database.db, { token, locale: "en", request });
    expect(result).toMatchObject({ user: { id: user.id }, created: false });
    expect(
      (await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt,
    ).not.toBeNull();
    expect(await logInWithMagicLink(database.db, { token, locale: "en", request })).toBeNull();
  });

  it("creates a verified, password-less account for an address without one, and audits it", async () => {
    const { token } = await issueAuthToken(database.db, {
      purpose: "MAGIC_LINK",
      userId: null,
      email: "premiere-visite@example.test",
    });
    const result = await logInWithMagicLink(database.db, { token, locale: "en", request });
    expect(result).toMatchObject({
      user: { email: "premiere-visite@example.test", locale: "en" },
      created: true,
    });
    const user = await database.db.user.findUniqueOrThrow({
      where: { email: "premiere-visite@example.test" },
    });
    expect(user.passwordHash).toBeNull();
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(await database.db.auditLog.findMany({ where: { entityId: user.id } })).toMatchObject([
      { action: "user_created", actorId: user.id, metadata: { method: "magic_link" } },
    ]);
  });

  it("gives one account to two links for one new address followed at once", async () => {
    const email = "deux-liens@example.test";
    // Two live links for one address (issueAuthToken would retire the first): the one whose
    // create loses the race on the unique address retries and logs into the winner's account.
    const tokens = ["first-magic-link-0123456789", "second-magic-link-0123456789"];
    for (const token of tokens) {
      await database.db.authToken.create({
        data: {
          tokenHash: hashAuthToken(token),
          purpose: "MAGIC_LINK",
          email,
          expiresAt: new Date(Date.now() + 60_000),
        },
      });
    }
    const results = await Promise.all(
      tokens.map((token) => logInWithMagicLink(database.db, { token, locale: "fr", request })),
    );
    expect(await database.db.user.count({ where: { email } })).toBe(1);
    expect(results.map((result) => result?.created).sort()).toEqual([false, true]);
    expect(new Set(results.map((result) => result?.user.id)).size).toBe(1);
  });

  it("logs in exactly once when the same link is followed twice at once", async () => {
    const user = await createTestUser(database.db);
    const { token } = await issueAuthToken(database.db, {
      purpose: "MAGIC_LINK",
      userId: user.id,
      email: user.email,
    });
    const results = await Promise.all(
      Array.from({ length: 4 }, () => logInWithMagicLink(database.db, { token, locale: "fr", request })),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("refuses a deactivated account and a verification link", async () => {
    const gone = await createTestUser(database.db, { deactivated: true });
    const link = await issueAuthToken(database.db, {
      purpose: "MAGIC_LINK",
      userId: gone.id,
      email: gone.email,
    });
    expect(await logInWithMagicLink(database.db, { token: link.token, locale: "fr", request })).toBeNull();
    const user = await createTestUser(database.db);
    const verification = await issueAuthToken(database.db, {
      purpose: "EMAIL_VERIFICATION",
      userId: user.id,
      email: user.email,
    });
    expect(
      await logInWithMagicLink(database.db, { token: verification.token, locale: "fr", request }),
    ).toBeNull();
  });
});
