import { describe, expect, it } from "vitest";
import { adminAuditListInput, adminCustomerInput, adminCustomerListInput } from "./admin-audit-customers";
import { msg } from "./messages";

describe("admin audit and customer inputs", () => {
  it("reads empty form fields as no filter", () => {
    expect(
      adminAuditListInput.parse({ actor: " ", action: "", entityType: "", entityId: "", from: "", to: "" }),
    ).toEqual({ page: 1, pageSize: 50 });
    expect(adminCustomerListInput.parse({ q: "", page: "2" })).toEqual({ page: 2, pageSize: 25 });
    expect(adminAuditListInput.parse(undefined)).toEqual({ page: 1, pageSize: 50 });
  });

  it("bounds pages and refuses what cannot be an id, an action or a day, with translation keys", () => {
    expect(adminAuditListInput.safeParse({ pageSize: 101 }).success).toBe(false);
    expect(adminCustomerListInput.safeParse({ pageSize: 101 }).success).toBe(false);
    expect(adminAuditListInput.safeParse({ action: "order.refund" }).success).toBe(true);
    const bad = adminAuditListInput.safeParse({ action: "order refund", from: "2026-02-30x" });
    expect(bad.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["action", msg.required],
      ["from", msg.date],
    ]);
    // A date that does not exist is refused too, not rolled over to the next month.
    expect(adminAuditListInput.safeParse({ from: "2026-02-30" }).success).toBe(false);
    expect(adminAuditListInput.safeParse({ to: "2026-13-45" }).success).toBe(false);
    expect(adminCustomerInput.safeParse({ customerId: "../admin" }).success).toBe(false);
    expect(adminCustomerInput.parse({ customerId: " cmx123 " })).toEqual({ customerId: "cmx123" });
  });
});
