import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "../password";
import { createTestUser, recordingEmailQueue } from "../testing";
import { signUp } from "./sign-up";

const database = useTestDatabase("auth_sign_up");
const request = { clientAddress: "203.0.113.9", userAgent: "Firefox" };

describe("signUp", () => {
  it("creates an unverified account, queues the verification email in the transaction, and audits it", async () => {
    const emails = recordingEmailQueue();
    await signUp(
      database.db,
      { email: "nouvelle@example.test", password: "un mot de passe solide", name: " Inès ", locale: "en" },
      { emails, request },
    );
    const user = await database.db.user.findUniqueOrThrow({ where: { email: "nouvelle@example.test" } });
    expect(user).toMatchObject({ name: "Inès", locale: "en", emailVerifiedAt: null, role: "CUSTOMER" });
    expect(await verifyPassword(user.passwordHash!, "un mot de passe solide")).toBe(true);
    expect(emails.sent).toEqual([{ kind: "verify-email", userId: user.id, locale: "en" }]);
    expect(emails.inTransaction).toEqual([true]);

    const events = await database.db.auditLog.findMany({ where: { entityId: user.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "user_created",
      actorId: user.id,
      actorRole: "CUSTOMER",
      ipAddress: "203.0.113.9",
      userAgent: "Firefox",
    });
    const row = JSON.stringify(events);
    expect(row).not.toContain("un mot de passe solide");
    expect(row).not.toContain("nouvelle@example.test");
  });

  it("only sends an account-exists email for an address that has an account, and changes nothing", async () => {
    const existing = await createTestUser(database.db, { email: "deja@example.test", name: "Déjà" });
    const before = await database.db.user.findUniqueOrThrow({ where: { id: existing.id } });
    const emails = recordingEmailQueue();
    await signUp(
      database.db,
      { email: "deja@example.test", password: "un autre mot de passe", name: "Autre", locale: "en" },
      { emails, request },
    );
    expect(emails.sent).toEqual([{ kind: "account-exists", email: "deja@example.test", locale: "en" }]);
    expect(await database.db.user.findUniqueOrThrow({ where: { id: existing.id } })).toEqual(before);
    expect(await database.db.auditLog.count({ where: { entityId: existing.id } })).toBe(0);
  });

  it("creates one account when two sign-ups race for the same new address", async () => {
    const emails = recordingEmailQueue();
    const email = "course@example.test";
    await Promise.all(
      ["premier mot de passe", "second mot de passe"].map((password) =>
        signUp(database.db, { email, password, locale: "fr" }, { emails, request }),
      ),
    );
    expect(await database.db.user.count({ where: { email } })).toBe(1);
    expect(emails.sent.map((job) => job.kind).sort()).toEqual(["account-exists", "verify-email"]);
  });
});
