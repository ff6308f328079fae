import { describe, expect, it } from "vitest";
import { can, canAssignRole, PERMISSIONS, requiresTwoFactor, rolesWith } from "./permissions";

describe("the permission matrix", () => {
  it("gives owners and admins everything", () => {
    for (const permission of PERMISSIONS) {
      expect(can("OWNER", permission), permission).toBe(true);
      expect(can("ADMIN", permission), permission).toBe(true);
    }
  });

  it("gives managers the catalog, orders and refunds, but not staff, settings or the audit log", () => {
    expect(rolesWith("refunds.create")).toEqual(["MANAGER", "ADMIN", "OWNER"]);
    for (const permission of ["catalog.write", "orders.write", "orders.read", "catalog.read"] as const) {
      expect(can("MANAGER", permission), permission).toBe(true);
    }
    for (const permission of ["staff.manage", "settings.manage", "audit.read"] as const) {
      expect(can("MANAGER", permission), permission).toBe(false);
    }
  });

  it("lets support read orders and customers, add notes and resend emails, and nothing else", () => {
    expect(PERMISSIONS.filter((permission) => can("SUPPORT", permission))).toEqual([
      "catalog.read",
      "orders.read",
      "customers.read",
      "notes.write",
      "emails.resend",
    ]);
  });

  it("gives customers nothing", () => {
    expect(PERMISSIONS.some((permission) => can("CUSTOMER", permission))).toBe(false);
  });

  it("requires a second factor from admins and owners only", () => {
    expect(
      ["CUSTOMER", "SUPPORT", "MANAGER", "ADMIN", "OWNER"].filter((role) =>
        requiresTwoFactor(role as "OWNER"),
      ),
    ).toEqual(["ADMIN", "OWNER"]);
  });

  it("lets only an owner hand out or take away the owner role", () => {
    expect(canAssignRole("OWNER", "OWNER")).toBe(true);
    expect(canAssignRole("ADMIN", "OWNER")).toBe(false);
    expect(canAssignRole("ADMIN", "MANAGER")).toBe(true);
    expect(canAssignRole("MANAGER", "SUPPORT")).toBe(false);
  });
});
