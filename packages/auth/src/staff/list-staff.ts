import type { Db, Role } from "@comptoir/db";

export interface StaffMember {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  twoFactorEnabled: boolean;
  deactivatedAt: Date | null;
  createdAt: Date;
}

/** Everyone who is or was staff, active first, then by address. */
export async function listStaff(db: Db): Promise<StaffMember[]> {
  const rows = await db.user.findMany({
    where: { role: { not: "CUSTOMER" } },
    orderBy: [{ deactivatedAt: { sort: "asc", nulls: "first" } }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      totpEnabledAt: true,
      deactivatedAt: true,
      createdAt: true,
    },
  });
  return rows.map(({ totpEnabledAt, ...row }) => ({ ...row, twoFactorEnabled: totpEnabledAt !== null }));
}
