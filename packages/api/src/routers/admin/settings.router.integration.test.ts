import { staff } from "@comptoir/core";
import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { staffCaller } from "../../testing/callers";
import { refusal } from "../auth/auth-test-kit";

const database = useTestDatabase("api_admin_settings");

describe("admin.settings", () => {
  it("reads the manager refund limit (the default until set) and the shop's currency", async () => {
    const admin = await staffCaller(database.db, "ADMIN");
    expect(await admin.api.admin.settings.get()).toEqual({
      currency: "EUR",
      managerRefundLimit: staff.DEFAULT_MANAGER_REFUND_LIMIT,
    });
  });

  it("sets the limit in the shop's currency, with a before/after audit entry", async () => {
    const owner = await staffCaller(database.db, "OWNER");
    const before = await staff.loadManagerRefundLimit(database.db);
    expect(await owner.api.admin.settings.update({ managerRefundLimit: 15_050 })).toEqual({
      managerRefundLimit: { amount: 15_050, currency: "EUR" },
    });
    expect(await staff.loadManagerRefundLimit(database.db)).toEqual({ amount: 15_050, currency: "EUR" });
    expect((await owner.api.admin.settings.get()).managerRefundLimit).toEqual({
      amount: 15_050,
      currency: "EUR",
    });
    expect(
      await database.db.auditLog.findFirstOrThrow({
        where: { action: "settings.updated", actorId: owner.user.id },
        orderBy: { createdAt: "desc" },
      }),
    ).toMatchObject({
      actorRole: "OWNER",
      entityType: "Setting",
      entityId: "refunds.managerLimit",
      before: { managerRefundLimit: before },
      after: { managerRefundLimit: { amount: 15_050, currency: "EUR" } },
    });
    // Zero is a limit too: managers then refund nothing.
    await owner.api.admin.settings.update({ managerRefundLimit: 0 });
    expect(await staff.loadManagerRefundLimit(database.db)).toEqual({ amount: 0, currency: "EUR" });
  });

  it("refuses amounts that are not whole, non-negative minor units, changing nothing", async () => {
    const admin = await staffCaller(database.db, "ADMIN");
    await admin.api.admin.settings.update({ managerRefundLimit: 20_000 });
    const audited = await database.db.auditLog.count({ where: { action: "settings.updated" } });
    for (const managerRefundLimit of [-1, 12.5, staff.MAX_MANAGER_REFUND_LIMIT + 1, Number.NaN]) {
      expect(await refusal(admin.api.admin.settings.update({ managerRefundLimit }))).toMatchObject({
        code: "BAD_REQUEST",
        fields: { managerRefundLimit: ["validation.number"] },
      });
    }
    expect(
      await refusal(admin.api.admin.settings.update({ managerRefundLimit: "150" as unknown as number })),
    ).toMatchObject({ code: "BAD_REQUEST" });
    expect(await staff.loadManagerRefundLimit(database.db)).toEqual({ amount: 20_000, currency: "EUR" });
    expect(await database.db.auditLog.count({ where: { action: "settings.updated" } })).toBe(audited);
  });

  it("is for admins and owners only", async () => {
    const manager = await staffCaller(database.db, "MANAGER");
    expect(await refusal(manager.api.admin.settings.get())).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(manager.api.admin.settings.update({ managerRefundLimit: 1 }))).toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
