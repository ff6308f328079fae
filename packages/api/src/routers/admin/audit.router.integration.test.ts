// The audit log as staff read it: filters by actor, entity, action and the shop's calendar days,
// newest first, bad filters refused, and no way through the API to change or delete an entry.
import { recordAuditEvent } from "@comptoir/audit";
import { createTestUser } from "@comptoir/auth/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { staffCaller } from "../../testing/callers";
import { adminRouter } from "./index";

describe("admin.audit", () => {
  const database = useTestDatabase("api_admin_audit");
  let owner: Awaited<ReturnType<typeof staffCaller>>;
  let manager: Awaited<ReturnType<typeof createTestUser>>;

  async function failure(call: Promise<unknown>) {
    const error = await call.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error, "the call should have failed").toBeInstanceOf(TRPCError);
    return (error as TRPCError).code;
  }

  const snapshot = () => database.db.auditLog.findMany({ orderBy: { id: "asc" } });

  beforeAll(async () => {
    owner = await staffCaller(database.db, "OWNER", { email: "owner.audit@example.test" });
    manager = await createTestUser(database.db, { role: "MANAGER", email: "marc.manager@example.test" });
    const entries = [
      // 2026-03-10 23:30 UTC is already 11 March in Paris (the shop's default time zone).
      { action: "order.refund", entityType: "order", entityId: "order_a", at: "2026-03-10T23:30:00Z" },
      { action: "order.note_added", entityType: "order", entityId: "order_a", at: "2026-03-12T09:00:00Z" },
      { action: "product.update", entityType: "product", entityId: "prod_1", at: "2026-03-12T10:00:00Z" },
      { action: "orders_export", entityType: "order", entityId: "order_b", at: "2026-03-13T10:00:00Z" },
    ];
    for (const entry of entries) {
      await database.db.auditLog.create({
        data: {
          action: entry.action,
          actorId: manager.id,
          actorRole: "MANAGER",
          entityType: entry.entityType,
          entityId: entry.entityId,
          createdAt: new Date(entry.at),
          before: { refundedAmount: 0 },
          after: { refundedAmount: 1000 },
        },
      });
    }
    // An anonymous event (a failed login names no one) and one by an account that no longer exists.
    await recordAuditEvent(database.db, { action: "login_failed", ipAddress: "203.0.113.9" });
    await recordAuditEvent(database.db, { action: "logout", actorId: "gone_user", actorRole: "CUSTOMER" });
  });

  it("lists entries newest first with the actor's email, one page at a time", async () => {
    const first = await owner.api.admin.audit.list({ pageSize: 2 });
    expect(first.total).toBeGreaterThanOrEqual(6);
    expect(first.items).toHaveLength(2);
    const all = await owner.api.admin.audit.list({ pageSize: 100 });
    const times = all.items.map((entry) => new Date(entry.createdAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(all.items.find((entry) => entry.action === "logout")).toMatchObject({
      actorId: "gone_user",
      actorEmail: null,
      actorRole: "CUSTOMER",
    });
    expect(all.items.find((entry) => entry.action === "order.refund")).toMatchObject({
      actorEmail: "marc.manager@example.test",
      actorRole: "MANAGER",
      before: { refundedAmount: 0 },
      after: { refundedAmount: 1000 },
    });
    const second = await owner.api.admin.audit.list({ pageSize: 2, page: 2 });
    expect(second.items.map((entry) => entry.id)).toEqual(all.items.slice(2, 4).map((entry) => entry.id));
  });

  it("filters by actor (part of the email, or the id), entity, action and day", async () => {
    const actions = async (filters: Parameters<typeof owner.api.admin.audit.list>[0]) =>
      (await owner.api.admin.audit.list(filters)).items.map((entry) => entry.action).sort();

    const byManager = ["order.note_added", "order.refund", "orders_export", "product.update"];
    expect(await actions({ actor: "MARC.manager@" })).toEqual(byManager);
    expect(await actions({ actor: manager.id })).toEqual(byManager);
    expect(await actions({ actor: "gone_user" })).toEqual(["logout"]);
    // LIKE wildcards typed in the box are plain characters.
    expect(await actions({ actor: "%" })).toEqual([]);
    expect(await actions({ actor: "_" })).toEqual([]);

    expect(await actions({ entityType: "order", entityId: "order_a" })).toEqual([
      "order.note_added",
      "order.refund",
    ]);
    expect(await actions({ action: "order.refund" })).toEqual(["order.refund"]);
    // A domain finds its actions, not others that merely start the same way.
    expect(await actions({ action: "order" })).toEqual(["order.note_added", "order.refund"]);
    expect(await actions({ action: "order.ref" })).toEqual([]);

    // Days are the shop's (Europe/Paris), both ends included.
    expect(await actions({ actor: manager.id, from: "2026-03-11", to: "2026-03-11" })).toEqual([
      "order.refund",
    ]);
    expect(await actions({ actor: manager.id, to: "2026-03-10" })).toEqual([]);
    expect(await actions({ actor: manager.id, from: "2026-03-12", to: "2026-03-13" })).toEqual([
      "order.note_added",
      "orders_export",
      "product.update",
    ]);
    // Empty form fields are no filter.
    expect(await actions({ actor: manager.id, action: "", entityType: "", from: "", to: "" })).toEqual(
      byManager,
    );
  });

  it("refuses malformed filters with BAD_REQUEST, and support staff altogether", async () => {
    const bad = [
      { pageSize: 101 },
      { pageSize: 0 },
      { page: -1 },
      { from: "2026-13-45" },
      { to: "yesterday" },
      { action: 'order\'; DELETE FROM "AuditLog"; --' },
      { entityId: "order a" },
      { entityType: "a".repeat(65) },
      { actor: "x".repeat(255) },
    ];
    const before = await snapshot();
    for (const input of bad) {
      expect(await failure(owner.api.admin.audit.list(input as never)), JSON.stringify(input)).toBe(
        "BAD_REQUEST",
      );
    }
    const support = await staffCaller(database.db, "SUPPORT");
    expect(await failure(support.api.admin.audit.list({}))).toBe("FORBIDDEN");
    expect(await snapshot()).toEqual(before);
  });

  it("offers no way to change or delete an entry", async () => {
    // The audit router only reads.
    // The router's flat table of procedures; its static type is the nested record of callers.
    const flat = adminRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
    const auditProcedures = Object.entries(flat).filter(([path]) => path.startsWith("audit."));
    expect(auditProcedures.length).toBeGreaterThan(0);
    for (const [path, procedure] of auditProcedures) {
      expect(procedure._def.type, path).toBe("query");
    }

    // Whatever an owner sends to any admin procedure, the entries already written stay as they are.
    const before = await snapshot();
    const attempts = [
      undefined,
      { id: before[0]!.id },
      { id: before[0]!.id, action: "tampered", delete: true },
      { where: {}, data: { action: "tampered" } },
    ];
    for (const path of Object.keys(adminRouter._def.procedures)) {
      const call = path
        .split(".")
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], owner.api.admin) as (
        input: unknown,
      ) => Promise<unknown>;
      for (const input of attempts) await call(input).catch(() => undefined);
    }
    const after = await snapshot();
    const existing = new Set(before.map((entry) => entry.id));
    expect(after.filter((entry) => existing.has(entry.id))).toEqual(before);
    expect(after.every((entry) => entry.action !== "tampered")).toBe(true);

    // And the database itself refuses, should a future procedure try.
    await expect(
      database.db.auditLog.update({ where: { id: before[0]!.id }, data: { action: "tampered" } }),
    ).rejects.toThrow(/append-only/);
    await expect(database.db.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
  });
});
