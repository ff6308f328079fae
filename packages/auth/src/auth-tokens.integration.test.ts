import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { consumeAuthToken, hashAuthToken, issueAuthToken } from "./auth-tokens";
import { createTestUser } from "./testing";

const database = useTestDatabase("auth_tokens");

describe("one-time links", () => {
  it("stores only the hash, and spends a link exactly once even when two clicks race", async () => {
    const user = await createTestUser(database.db);
    const { token } = await issueAuthToken(database.db, {
      purpose: "PASSWORD_RESET",
      userId: user.id,
      email: user.email,
    });
    const stored = await database.db.authToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).toBe(hashAuthToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const attempts = await Promise.all(
      Array.from({ length: 5 }, () => consumeAuthToken(database.db, { purpose: "PASSWORD_RESET", token })),
    );
    expect(attempts.filter(Boolean)).toHaveLength(1);
    expect(attempts.find(Boolean)).toMatchObject({ userId: user.id, email: user.email });
  });

  it("refuses another purpose, an expired link, an unknown or malformed one, and a superseded one", async () => {
    const user = await createTestUser(database.db);
    const issuedAt = new Date("2026-01-01T10:00:00Z");
    const { token } = await issueAuthToken(database.db, {
      purpose: "MAGIC_LINK",
      userId: user.id,
      email: user.email,
      now: issuedAt,
    });
    expect(
      await consumeAuthToken(database.db, { purpose: "PASSWORD_RESET", token, now: issuedAt }),
    ).toBeNull();
    const late = new Date(issuedAt.getTime() + 16 * 60_000);
    expect(await consumeAuthToken(database.db, { purpose: "MAGIC_LINK", token, now: late })).toBeNull();
    expect(await consumeAuthToken(database.db, { purpose: "MAGIC_LINK", token: "x".repeat(43) })).toBeNull();
    expect(await consumeAuthToken(database.db, { purpose: "MAGIC_LINK", token: "short" })).toBeNull();

    const first = await issueAuthToken(database.db, {
      purpose: "EMAIL_VERIFICATION",
      userId: user.id,
      email: user.email,
    });
    const second = await issueAuthToken(database.db, {
      purpose: "EMAIL_VERIFICATION",
      userId: user.id,
      email: user.email,
    });
    expect(
      await consumeAuthToken(database.db, { purpose: "EMAIL_VERIFICATION", token: first.token }),
    ).toBeNull();
    expect(
      await consumeAuthToken(database.db, { purpose: "EMAIL_VERIFICATION", token: second.token }),
    ).not.toBeNull();
  });
});

describe("issuing links at the same time", () => {
  it("leaves exactly one working link when several are asked for at once", async () => {
    const user = await createTestUser(database.db);
    const issued = await Promise.all(
      Array.from({ length: 6 }, () =>
        issueAuthToken(database.db, { purpose: "MAGIC_LINK", userId: user.id, email: user.email }),
      ),
    );
    const working = await database.db.authToken.count({
      where: { userId: user.id, purpose: "MAGIC_LINK", usedAt: null, expiresAt: { gt: new Date() } },
    });
    expect(working).toBe(1);
    const spent = await Promise.all(
      issued.map(({ token }) => consumeAuthToken(database.db, { purpose: "MAGIC_LINK", token })),
    );
    expect(spent.filter(Boolean)).toHaveLength(1);
  });
});
