// Who may do what in the admin. Pure data: the tRPC middleware enforces it, the admin's pages use it
// to hide what a role cannot do, and the permission matrix test checks every admin procedure
// against it. A permission missing from a role's list is refused.
import type { Role } from "@comptoir/db";
import type { StaffRole } from "./roles";

export const PERMISSIONS = [
  "catalog.read",
  "catalog.write",
  "orders.read",
  "orders.write",
  /** Refunds; a manager's are capped by the `refunds.managerLimit` setting (see @comptoir/core staff). */
  "refunds.create",
  "customers.read",
  "notes.write",
  "emails.resend",
  "staff.manage",
  "settings.manage",
  "audit.read",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const SUPPORT: readonly Permission[] = [
  "catalog.read",
  "orders.read",
  "customers.read",
  "notes.write",
  "emails.resend",
];

const MANAGER: readonly Permission[] = [...SUPPORT, "catalog.write", "orders.write", "refunds.create"];

export const PERMISSION_MATRIX: Readonly<Record<StaffRole, readonly Permission[]>> = Object.freeze({
  SUPPORT,
  MANAGER,
  ADMIN: PERMISSIONS,
  OWNER: PERMISSIONS,
});

/** Whether `role` holds `permission`. Customers hold none. */
export function can(role: Role, permission: Permission): boolean {
  if (role === "CUSTOMER") return false;
  return PERMISSION_MATRIX[role].includes(permission);
}

/** The roles that hold `permission`, for tests and the staff page's explanations. */
export function rolesWith(permission: Permission): StaffRole[] {
  return (Object.keys(PERMISSION_MATRIX) as StaffRole[]).filter((role) => can(role, permission));
}

/** Roles whose staff must use a second factor (TOTP) before the admin opens anything. */
export const TWO_FACTOR_REQUIRED_ROLES = ["ADMIN", "OWNER"] as const satisfies readonly StaffRole[];

export function requiresTwoFactor(role: Role): boolean {
  return (TWO_FACTOR_REQUIRED_ROLES as readonly Role[]).includes(role);
}

/**
 * Whether `actor` may give `target` role to someone (or change the role of someone who holds
 * it): only an owner creates or changes owners, and nobody hands out a role above their own.
 */
export function canAssignRole(actor: Role, target: Role): boolean {
  if (!can(actor, "staff.manage")) return false;
  if (actor === "OWNER") return true;
  return target !== "OWNER";
}
