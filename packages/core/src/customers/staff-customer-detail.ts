// One customer as staff see them: profile, account state, saved addresses, orders with their
// status and totals, and what they have spent. A bounded number of queries whatever the number of
// orders: the account with its addresses, then its latest orders and the per-currency totals side by
// side.
import type { Db, Locale, OrderStatus } from "@comptoir/db";
import { DomainError } from "../errors";
import type { SavedAddress } from "./types";

/** Orders shown on the page; the order list (searched by email) has the rest. */
export const STAFF_CUSTOMER_ORDER_LIMIT = 50;

export interface StaffCustomerOrder {
  id: string;
  number: number;
  status: OrderStatus;
  createdAt: Date;
  totalAmount: number;
  refundedAmount: number;
  currency: string;
  /** Units, not lines. */
  itemCount: number;
  /** Placed without logging in, with the account's (verified) address. */
  guest: boolean;
}

export interface StaffCustomerSpend {
  currency: string;
  /** Paid orders, minus what was refunded, in minor units. */
  amount: number;
  paidOrders: number;
}

export interface StaffCustomerDetail {
  id: string;
  email: string;
  name: string | null;
  locale: Locale;
  createdAt: Date;
  emailVerifiedAt: Date | null;
  deactivatedAt: Date | null;
  /** False for accounts that only ever log in by magic link. */
  hasPassword: boolean;
  activeSessions: number;
  addresses: SavedAddress[];
  orders: StaffCustomerOrder[];
  orderCount: number;
  spent: StaffCustomerSpend[];
}

export async function getStaffCustomer(
  db: Db,
  customerId: string,
  now = new Date(),
): Promise<StaffCustomerDetail> {
  const user = await db.user.findFirst({
    where: { id: customerId, role: "CUSTOMER" },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      createdAt: true,
      emailVerifiedAt: true,
      deactivatedAt: true,
      passwordHash: true,
      addresses: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          name: true,
          line1: true,
          line2: true,
          postalCode: true,
          city: true,
          region: true,
          country: true,
          phone: true,
          isDefaultShipping: true,
          isDefaultBilling: true,
        },
      },
      _count: { select: { sessions: { where: { expiresAt: { gt: now } } } } },
    },
  });
  if (!user) throw new DomainError("NOT_FOUND", `customer ${customerId}`);
  // Guest orders count as the customer's only once they proved the address is theirs: anyone can
  // sign up with someone else's address and leave it unverified.
  const where = user.emailVerifiedAt
    ? { OR: [{ userId: user.id }, { userId: null, email: user.email }] }
    : { userId: user.id };
  const [orders, totals] = await Promise.all([
    db.order.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { number: "desc" }],
      take: STAFF_CUSTOMER_ORDER_LIMIT,
      select: {
        id: true,
        number: true,
        status: true,
        createdAt: true,
        totalAmount: true,
        refundedAmount: true,
        currency: true,
        userId: true,
        items: { select: { quantity: true } },
      },
    }),
    // Every order counts in the number of orders; only paid ones in what was spent.
    db.$queryRaw<{ currency: string; orders: number; paidOrders: number; amount: bigint }[]>`
      SELECT "currency",
             count(*)::int AS "orders",
             count(*) FILTER (WHERE "paidAt" IS NOT NULL)::int AS "paidOrders",
             coalesce(sum("totalAmount" - "refundedAmount") FILTER (WHERE "paidAt" IS NOT NULL), 0)::bigint AS "amount"
      FROM "Order"
      WHERE "userId" = ${user.id}
         OR (${user.emailVerifiedAt !== null} AND "userId" IS NULL AND "email" = ${user.email})
      GROUP BY "currency"
      ORDER BY "currency"`,
  ]);
  const { passwordHash, _count, ...profile } = user;
  return {
    ...profile,
    hasPassword: passwordHash !== null,
    activeSessions: _count.sessions,
    orders: orders.map(({ items, userId, ...order }) => ({
      ...order,
      itemCount: items.reduce((sum, item) => sum + item.quantity, 0),
      guest: userId === null,
    })),
    orderCount: totals.reduce((sum, row) => sum + row.orders, 0),
    spent: totals
      .filter((row) => row.paidOrders > 0)
      .map((row) => ({ currency: row.currency, amount: Number(row.amount), paidOrders: row.paidOrders })),
  };
}
