// The admin's order list: filters by status, by the shop's calendar days and by number or email,
// newest first, one page at a time. Two queries (the page and the count) whatever the filters.
import type { Db, OrderStatus, Prisma } from "@comptoir/db";
import { literalForLike } from "../like-pattern";
import { nextDay, startOfShopDay } from "../shop-calendar";

export interface StaffOrderListInput {
  status?: OrderStatus;
  /** An order number ("1042", "#1042") or part of an email address. */
  q?: string;
  /** The shop's calendar days, inclusive (YYYY-MM-DD), in `timeZone`. */
  from?: string;
  to?: string;
  timeZone: string;
  page: number;
  pageSize: number;
}

export interface StaffOrderRow {
  id: string;
  number: number;
  status: OrderStatus;
  email: string;
  totalAmount: number;
  refundedAmount: number;
  currency: string;
  itemCount: number;
  createdAt: Date;
}

export interface StaffOrderList {
  items: StaffOrderRow[];
  total: number;
  page: number;
  pageSize: number;
}

export async function listStaffOrders(db: Db, input: StaffOrderListInput): Promise<StaffOrderList> {
  const where: Prisma.OrderWhereInput = {};
  if (input.status) where.status = input.status;
  const q = input.q?.trim();
  if (q) {
    const number = /^#?(\d{1,9})$/.exec(q)?.[1];
    where.OR = number
      ? [{ number: Number(number) }, { email: { contains: literalForLike(q), mode: "insensitive" } }]
      : [{ email: { contains: literalForLike(q), mode: "insensitive" } }];
  }
  if (input.from || input.to) {
    const [from, to] = await Promise.all([
      input.from ? startOfShopDay(db, input.from, input.timeZone) : undefined,
      // The end day is included: up to the start of the day after.
      input.to ? startOfShopDay(db, nextDay(input.to), input.timeZone) : undefined,
    ]);
    where.createdAt = { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) };
  }
  const [rows, total] = await Promise.all([
    db.order.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { number: "desc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: {
        id: true,
        number: true,
        status: true,
        email: true,
        totalAmount: true,
        refundedAmount: true,
        currency: true,
        createdAt: true,
        _count: { select: { items: true } },
      },
    }),
    db.order.count({ where }),
  ]);
  return {
    items: rows.map(({ _count, ...row }) => ({ ...row, itemCount: _count.items })),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}
