import { startSession } from "@comptoir/auth";
import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { staffCaller } from "../../testing/callers";
import { refusal } from "../auth/auth-test-kit";

const database = useTestDatabase("api_admin_staff");

const roleOf = async (id: string) => (await database.db.user.findUniqueOrThrow({ where: { id } })).role;

describe("admin.staff", () => {
  it("lists staff accounts only, with their two-factor state", async () => {
    const owner = await staffCaller(database.db, "OWNER");
    const support = await staffCaller(database.db, "SUPPORT");
    const list = await owner.api.admin.staff.list();
    expect(list.find((member) => member.id === owner.user.id)).toMatchObject({
      role: "OWNER",
      twoFactorEnabled: true,
      deactivatedAt: null,
    });
    expect(list.find((member) => member.id === support.user.id)).toMatchObject({ twoFactorEnabled: false });
    expect(list.every((member) => member.role !== "CUSTOMER")).toBe(true);
  });

  it("changes a role with a before/after audit entry", async () => {
    const admin = await staffCaller(database.db, "ADMIN");
    const support = await staffCaller(database.db, "SUPPORT");
    await admin.api.admin.staff.changeRole({ userId: support.user.id, role: "MANAGER" });
    expect(await roleOf(support.user.id)).toBe("MANAGER");
    expect(
      await database.db.auditLog.findFirstOrThrow({
        where: { action: "staff.role_change", entityId: support.user.id },
      }),
    ).toMatchObject({
      actorId: admin.user.id,
      actorRole: "ADMIN",
      before: { role: "SUPPORT" },
      after: { role: "MANAGER" },
    });
    // The change applies to the open session at once: managers may not list staff.
    expect(await refusal(support.api.admin.staff.list())).toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses bad input, unknown people, customers, oneself, and owners to anyone but an owner", async () => {
    const admin = await staffCaller(database.db, "ADMIN");
    const owner = await staffCaller(database.db, "OWNER");
    const customer = await database.db.user.create({ data: { email: "client-staff@example.test" } });
    const before = await database.db.auditLog.count({ where: { action: "staff.role_change" } });
    expect(
      await refusal(admin.api.admin.staff.changeRole({ userId: owner.user.id, role: "CUSTOMER" as "OWNER" })),
    ).toMatchObject({ code: "BAD_REQUEST", fields: { role: ["validation.required"] } });
    expect(await refusal(admin.api.admin.staff.changeRole({ userId: "", role: "SUPPORT" }))).toMatchObject({
      fields: { userId: ["validation.required"] },
    });
    expect(
      await refusal(admin.api.admin.staff.changeRole({ userId: "nobody", role: "SUPPORT" })),
    ).toMatchObject({
      domain: "NOT_FOUND",
    });
    expect(
      await refusal(admin.api.admin.staff.changeRole({ userId: customer.id, role: "SUPPORT" })),
    ).toMatchObject({
      domain: "NOT_FOUND",
    });
    expect(
      await refusal(admin.api.admin.staff.changeRole({ userId: admin.user.id, role: "OWNER" })),
    ).toMatchObject({ domain: "FORBIDDEN" });
    expect(
      await refusal(admin.api.admin.staff.changeRole({ userId: owner.user.id, role: "SUPPORT" })),
    ).toMatchObject({ domain: "FORBIDDEN" });
    expect(await refusal(admin.api.admin.staff.deactivate({ userId: owner.user.id }))).toMatchObject({
      domain: "FORBIDDEN",
    });
    expect(await refusal(owner.api.admin.staff.deactivate({ userId: owner.user.id }))).toMatchObject({
      domain: "FORBIDDEN",
    });
    expect(await roleOf(owner.user.id)).toBe("OWNER");
    expect(await roleOf(customer.id)).toBe("CUSTOMER");
    expect(await database.db.auditLog.count({ where: { action: "staff.role_change" } })).toBe(before);
  });

  it("deactivates an account: every session ends, and it cannot log in again", async () => {
    const owner = await staffCaller(database.db, "OWNER");
    const manager = await staffCaller(database.db, "MANAGER");
    await startSession(database.db, "storefront", manager.user.id);
    await owner.api.admin.staff.deactivate({ userId: manager.user.id });
    expect(await database.db.session.count({ where: { userId: manager.user.id } })).toBe(0);
    expect(
      await refusal(manager.api.admin.products.list({ locale: "fr", page: 1, pageSize: 10 })),
    ).toMatchObject({
      code: "UNAUTHORIZED",
    });
    expect(
      await database.db.auditLog.findFirstOrThrow({
        where: { action: "staff.deactivate", entityId: manager.user.id },
      }),
    ).toMatchObject({
      actorId: owner.user.id,
      before: { deactivatedAt: null },
      metadata: { sessionsRevoked: 2 },
    });
  });
});
