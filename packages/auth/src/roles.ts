import type { Role } from "@comptoir/db";

/** Roles that may use the admin app. Customers never can. */
export const STAFF_ROLES = ["SUPPORT", "MANAGER", "ADMIN", "OWNER"] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(role: Role): role is StaffRole {
  return (STAFF_ROLES as readonly Role[]).includes(role);
}
