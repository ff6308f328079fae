import type { OrderStatus } from "@comptoir/db";

/** The dashboard's three windows, each ending now: since midnight, and the last 7 and 30 days. */
export const DASHBOARD_PERIODS = ["today", "days7", "days30"] as const;
export type DashboardPeriod = (typeof DASHBOARD_PERIODS)[number];

export interface PeriodKpis {
  /** Paid orders' totals, net of refunds, in minor units of the shop's currency. */
  revenue: number;
  /** Orders paid in the window. */
  orders: number;
  /** revenue / orders, rounded to the minor unit; 0 without orders. */
  averageOrderValue: number;
  /** Customer accounts created in the window. */
  newCustomers: number;
  /** Orders placed in the window, by their current status (every status present, 0 when none). */
  ordersByStatus: Record<OrderStatus, number>;
}

export interface RevenueDay {
  /** The shop's calendar day, YYYY-MM-DD. */
  day: string;
  revenue: number;
  orders: number;
}

export interface LowStockVariant {
  variantId: string;
  productId: string;
  sku: string;
  /** In the staff member's language, else the other one. */
  productName: string;
  stock: number;
}

export interface LatestOrder {
  id: string;
  number: number;
  status: OrderStatus;
  email: string;
  totalAmount: number;
  currency: string;
  createdAt: Date;
}

export interface Dashboard {
  currency: string;
  timeZone: string;
  kpis: Record<DashboardPeriod, PeriodKpis>;
  /** One entry per day of the last 30, oldest first, days without orders included. */
  revenueByDay: RevenueDay[];
  lowStock: LowStockVariant[];
  latestOrders: LatestOrder[];
}
