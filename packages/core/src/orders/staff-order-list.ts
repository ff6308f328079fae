// The admin's order list: filters by status, by the shop's calendar days and by number or email,
// newest first, one page at a time. Two queries (the page and the count) whatever the filters.
import type { Db, OrderStatus, Prisma } from "@comptoir/db";

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

/** The instant a calendar day of the shop begins (PostgreSQL knows the time zones' rules). */
async function startOfDay(db: Db, day: string, timeZone: string): Promise<Date> {
  const [row] = await db.$queryRaw<{ instant: Date }[]>`
    SELECT (${day}::timestamp AT TIME ZONE ${timeZone}) AS "instant"`;
  return row!.instant;
}

export async function listStaffOrders(db: Db, input: StaffOrderListInput): Promise<StaffOrderList> {
  const where: Prisma.OrderWhereInput = {};
  if (input.status) where.status = input.status;
  const q = input.q?.trim();
  if (q) {
    const number = /^#?(\d{1,9})$/.exec(q)?.[1];
    where.OR = number
      ? [{ number: Number(number) }, { email: { contains: q, mode: "insensitive" } }]
      : [{ email: { contains: q, mode: "insensitive" } }];
  }
  if (input.from || input.to) {
    const [from, to] = await Promise.all([
      input.from ? startOfDay(db, input.from, input.timeZone) : undefined,
      // The end day is included: up to the start of the day after.
      input.to ? startOfDay(db, nextDay(input.to), input.timeZone) : undefined,
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

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
