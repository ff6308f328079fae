// The admin's customer list: customer accounts only (never staff), searched by part of the email
// or name, newest first, one page at a time. Two queries (the page with each account's order
// count, and the total) whatever the search.
import type { Db, Prisma } from "@comptoir/db";
import { literalForLike } from "../like-pattern";

export interface StaffCustomerListInput {
  /** Part of the email address or of the name. */
  q?: string;
  page: number;
  pageSize: number;
}

export interface StaffCustomerRow {
  id: string;
  email: string;
  name: string | null;
  createdAt: Date;
  emailVerifiedAt: Date | null;
  deactivatedAt: Date | null;
  orderCount: number;
}

export interface StaffCustomerList {
  items: StaffCustomerRow[];
  total: number;
  page: number;
  pageSize: number;
}

/** The page size is bounded here too, whatever the caller validated. */
export const MAX_CUSTOMER_PAGE_SIZE = 100;

export async function listStaffCustomers(db: Db, input: StaffCustomerListInput): Promise<StaffCustomerList> {
  const pageSize = Math.min(Math.max(1, Math.trunc(input.pageSize)), MAX_CUSTOMER_PAGE_SIZE);
  const page = Math.max(1, Math.trunc(input.page));
  const where: Prisma.UserWhereInput = { role: "CUSTOMER" };
  const q = input.q?.trim();
  if (q) {
    const literal = literalForLike(q);
    where.OR = [
      { email: { contains: literal, mode: "insensitive" } },
      { name: { contains: literal, mode: "insensitive" } },
    ];
  }
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        email: true,
        name: true,
        createdAt: true,
        emailVerifiedAt: true,
        deactivatedAt: true,
        _count: { select: { orders: true } },
      },
    }),
    db.user.count({ where }),
  ]);
  return {
    items: rows.map(({ _count, ...row }) => ({ ...row, orderCount: _count.orders })),
    total,
    page,
    pageSize,
  };
}
