// The admin's dashboard: key figures of today and the last 7 and 30 days, revenue per day, variants
// running out and the latest orders. Six queries whatever the shop's size (the window first, then
// five in parallel), each an aggregate over indexed columns (Order.paidAt/createdAt, User.createdAt).
import type { Locale, OrderStatus } from "@comptoir/db";
import type { Db } from "@comptoir/db";
import { dashboardWindow, type DashboardWindow } from "./dashboard-window";
import type {
  Dashboard,
  DashboardPeriod,
  LatestOrder,
  LowStockVariant,
  PeriodKpis,
  RevenueDay,
} from "./types";
import { DASHBOARD_PERIODS } from "./types";

export interface DashboardInput {
  /** The shop's currency: revenue adds up orders in it only. */
  currency: string;
  /** The shop's IANA time zone, where its days begin (e.g. Europe/Paris). */
  timeZone: string;
  /** The staff member's language, for product names. */
  locale: Locale;
  /** A variant with this stock or less (of an active product) is listed as running out. */
  lowStockThreshold: number;
  now?: Date;
}

const ORDER_STATUSES: OrderStatus[] = [
  "PENDING",
  "PAID",
  "FULFILLED",
  "DELIVERED",
  "CANCELLED",
  "REFUNDED",
  "PARTIALLY_REFUNDED",
];

/** A UTC instant as the columns store it (timestamp without time zone, in UTC). */
const utc = (instant: Date) => instant.toISOString();

export async function getDashboard(db: Db, input: DashboardInput): Promise<Dashboard> {
  const window = await dashboardWindow(db, input.now ?? new Date(), input.timeZone);
  const [sales, statuses, customers, revenueByDay, lowStock, latestOrders] = await Promise.all([
    salesPerPeriod(db, window, input.currency),
    ordersByStatusPerPeriod(db, window),
    newCustomersPerPeriod(db, window),
    revenuePerDay(db, window, input),
    lowStockVariants(db, input),
    latestOrdersOf(db),
  ]);
  const kpis = Object.fromEntries(
    DASHBOARD_PERIODS.map((period) => {
      const { revenue, orders } = sales[period];
      const ordersByStatus = Object.fromEntries(
        ORDER_STATUSES.map((status) => [status, statuses.get(status)?.[period] ?? 0]),
      ) as Record<OrderStatus, number>;
      const figures: PeriodKpis = {
        revenue,
        orders,
        averageOrderValue: orders > 0 ? Math.round(revenue / orders) : 0,
        newCustomers: customers[period],
        ordersByStatus,
      };
      return [period, figures];
    }),
  ) as Record<DashboardPeriod, PeriodKpis>;
  return {
    currency: input.currency,
    timeZone: input.timeZone,
    kpis,
    revenueByDay,
    lowStock,
    latestOrders,
  };
}

type PerPeriod<T> = Record<DashboardPeriod, T>;

async function salesPerPeriod(db: Db, window: DashboardWindow, currency: string) {
  const [row] = await db.$queryRaw<
    {
      revenueToday: bigint;
      revenue7: bigint;
      revenue30: bigint;
      ordersToday: number;
      orders7: number;
      orders30: number;
    }[]
  >`
    SELECT
      coalesce(sum("totalAmount" - "refundedAmount") FILTER (WHERE "paidAt" >= ${utc(window.today)}::timestamp), 0)::bigint AS "revenueToday",
      coalesce(sum("totalAmount" - "refundedAmount") FILTER (WHERE "paidAt" >= ${utc(window.days7)}::timestamp), 0)::bigint AS "revenue7",
      coalesce(sum("totalAmount" - "refundedAmount"), 0)::bigint AS "revenue30",
      (count(*) FILTER (WHERE "paidAt" >= ${utc(window.today)}::timestamp))::int AS "ordersToday",
      (count(*) FILTER (WHERE "paidAt" >= ${utc(window.days7)}::timestamp))::int AS "orders7",
      count(*)::int AS "orders30"
    FROM "Order"
    WHERE "paidAt" >= ${utc(window.days30)}::timestamp AND "currency" = ${currency}`;
  return {
    today: { revenue: Number(row!.revenueToday), orders: row!.ordersToday },
    days7: { revenue: Number(row!.revenue7), orders: row!.orders7 },
    days30: { revenue: Number(row!.revenue30), orders: row!.orders30 },
  } satisfies PerPeriod<{ revenue: number; orders: number }>;
}

async function ordersByStatusPerPeriod(db: Db, window: DashboardWindow) {
  const rows = await db.$queryRaw<{ status: OrderStatus; today: number; days7: number; days30: number }[]>`
    SELECT
      "status",
      (count(*) FILTER (WHERE "createdAt" >= ${utc(window.today)}::timestamp))::int AS "today",
      (count(*) FILTER (WHERE "createdAt" >= ${utc(window.days7)}::timestamp))::int AS "days7",
      count(*)::int AS "days30"
    FROM "Order"
    WHERE "createdAt" >= ${utc(window.days30)}::timestamp
    GROUP BY "status"`;
  return new Map(rows.map((row) => [row.status, row]));
}

async function newCustomersPerPeriod(db: Db, window: DashboardWindow): Promise<PerPeriod<number>> {
  const [row] = await db.$queryRaw<{ today: number; days7: number; days30: number }[]>`
    SELECT
      (count(*) FILTER (WHERE "createdAt" >= ${utc(window.today)}::timestamp))::int AS "today",
      (count(*) FILTER (WHERE "createdAt" >= ${utc(window.days7)}::timestamp))::int AS "days7",
      count(*)::int AS "days30"
    FROM "User"
    WHERE "role" = 'CUSTOMER' AND "createdAt" >= ${utc(window.days30)}::timestamp`;
  return row!;
}

/** Each of the 30 days in the shop's calendar, with what was paid on it. */
async function revenuePerDay(db: Db, window: DashboardWindow, input: DashboardInput): Promise<RevenueDay[]> {
  const rows = await db.$queryRaw<{ day: string; revenue: bigint; orders: number }[]>`
    WITH paid AS (
      SELECT
        date_trunc('day', ("paidAt" AT TIME ZONE 'UTC') AT TIME ZONE ${input.timeZone}) AS "day",
        "totalAmount" - "refundedAmount" AS "net"
      FROM "Order"
      WHERE "paidAt" >= ${utc(window.days30)}::timestamp AND "currency" = ${input.currency}
    )
    SELECT
      to_char(days.day, 'YYYY-MM-DD') AS "day",
      coalesce(sum(paid.net), 0)::bigint AS "revenue",
      count(paid.net)::int AS "orders"
    FROM generate_series(${window.todayDate}::timestamp - interval '29 days', ${window.todayDate}::timestamp, interval '1 day') AS days(day)
    LEFT JOIN paid ON paid.day = days.day
    GROUP BY days.day
    ORDER BY days.day`;
  return rows.map((row) => ({ day: row.day, revenue: Number(row.revenue), orders: row.orders }));
}

async function lowStockVariants(db: Db, input: DashboardInput): Promise<LowStockVariant[]> {
  const variants = await db.variant.findMany({
    where: { stock: { lte: input.lowStockThreshold }, product: { status: "ACTIVE" } },
    orderBy: [{ stock: "asc" }, { sku: "asc" }],
    take: 10,
    select: {
      id: true,
      sku: true,
      stock: true,
      productId: true,
      product: { select: { translations: { select: { locale: true, name: true } } } },
    },
  });
  return variants.map((variant) => {
    const names = variant.product.translations;
    const name = names.find((t) => t.locale === input.locale) ?? names[0];
    return {
      variantId: variant.id,
      productId: variant.productId,
      sku: variant.sku,
      productName: name?.name ?? variant.sku,
      stock: variant.stock,
    };
  });
}

function latestOrdersOf(db: Db): Promise<LatestOrder[]> {
  return db.order.findMany({
    orderBy: [{ createdAt: "desc" }, { number: "desc" }],
    take: 10,
    select: {
      id: true,
      number: true,
      status: true,
      email: true,
      totalAmount: true,
      currency: true,
      createdAt: true,
    },
  });
}
