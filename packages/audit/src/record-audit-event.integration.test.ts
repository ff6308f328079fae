import { Writable } from "node:stream";
import { useTestDatabase } from "@comptoir/db/testing";
import { createLogger, REDACTED } from "@comptoir/observability";
import { describe, expect, it } from "vitest";
import { recordAuditEvent } from "./record-audit-event";

const database = useTestDatabase("audit");

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger({ name: "audit-test", level: "info", destination }), lines };
}

describe("recordAuditEvent", () => {
  it("writes the row and the same event as one JSON line, secrets masked in both", async () => {
    const { logger, lines } = capture();
    await recordAuditEvent(
      database.db,
      {
        action: "password_changed",
        actorId: "user_1",
        actorRole: "CUSTOMER",
        entityType: "User",
        entityId: "user_1",
        ipAddress: "203.0.113.7",
        userAgent: "Firefox",
        metadata: { sessionsRevoked: 2, token: "should-not-appear" },
      },
      logger,
    );
    const row = await database.db.auditLog.findFirstOrThrow({ where: { action: "password_changed" } });
    expect(row).toMatchObject({ actorId: "user_1", actorRole: "CUSTOMER", ipAddress: "203.0.113.7" });
    expect(row.metadata).toEqual({ sessionsRevoked: 2, token: REDACTED });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: "audit password_changed",
      audit: { id: row.id, action: "password_changed", actorId: "user_1", metadata: { token: REDACTED } },
    });
    expect(JSON.stringify(lines[0])).not.toContain("should-not-appear");
  });

  it("keeps the trail append-only: updates and deletes are refused by the database", async () => {
    await recordAuditEvent(database.db, { action: "logout", actorId: "user_2" }, capture().logger);
    const row = await database.db.auditLog.findFirstOrThrow({ where: { action: "logout" } });
    await expect(
      database.db.auditLog.update({ where: { id: row.id }, data: { action: "user_login" } }),
    ).rejects.toThrow(/append-only/);
    await expect(database.db.auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(database.db.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
    expect(await database.db.auditLog.count({ where: { id: row.id, action: "logout" } })).toBe(1);
  });

  it("rolls back with the transaction it was written in", async () => {
    await expect(
      database.db.$transaction(async (tx) => {
        await recordAuditEvent(tx, { action: "email_changed", actorId: "user_3" }, capture().logger);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await database.db.auditLog.count({ where: { actorId: "user_3" } })).toBe(0);
  });
});
