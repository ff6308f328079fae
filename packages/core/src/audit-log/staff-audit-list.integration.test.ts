import { useTestDatabase } from "@comptoir/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { listAuditEntries, MAX_AUDIT_PAGE_SIZE } from "./staff-audit-list";

describe("listAuditEntries", () => {
  const database = useTestDatabase("staff_audit_list");

  beforeAll(async () => {
    // 03:30 UTC on 2 March is still 1 March in Toronto (UTC-5 in winter), already 2 March in Paris.
    await database.db.auditLog.create({
      data: {
        action: "product.update",
        entityType: "product",
        entityId: "p1",
        createdAt: new Date("2026-03-02T03:30:00Z"),
      },
    });
    await database.db.auditLog.createMany({
      data: Array.from({ length: MAX_AUDIT_PAGE_SIZE + 5 }, (_, index) => ({
        action: "user_login",
        actorId: `bulk_${index}`,
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, index)),
      })),
    });
  });

  it("reads calendar days in the shop's time zone", async () => {
    const day = (timeZone: string, date: string) =>
      listAuditEntries(database.db, {
        entityType: "product",
        from: date,
        to: date,
        timeZone,
        page: 1,
        pageSize: 10,
      });
    expect((await day("America/Toronto", "2026-03-01")).total).toBe(1);
    expect((await day("America/Toronto", "2026-03-02")).total).toBe(0);
    expect((await day("Europe/Paris", "2026-03-02")).total).toBe(1);
  });

  it("never returns more than a hundred entries a page, whatever it is asked", async () => {
    const list = await listAuditEntries(database.db, {
      action: "user_login",
      timeZone: "UTC",
      page: 1,
      pageSize: 10_000,
    });
    expect(list.items).toHaveLength(MAX_AUDIT_PAGE_SIZE);
    expect(list).toMatchObject({ total: MAX_AUDIT_PAGE_SIZE + 5, pageSize: MAX_AUDIT_PAGE_SIZE });
    expect(list.items[0]?.actorId).toBe(`bulk_${MAX_AUDIT_PAGE_SIZE + 4}`);
    const last = await listAuditEntries(database.db, {
      action: "user_login",
      timeZone: "UTC",
      page: 2,
      pageSize: 100,
    });
    expect(last.items.map((entry) => entry.actorId)).toEqual([
      "bulk_4",
      "bulk_3",
      "bulk_2",
      "bulk_1",
      "bulk_0",
    ]);
  });
});
