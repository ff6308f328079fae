import { useTestDatabase } from "@comptoir/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestOrder, createTestProduct } from "../testing";
import { getDashboard } from "./dashboard";

// Sunday 6 December 2026, 00:30 in Paris (23:30 UTC the day before): "today" began 30 minutes ago,
// which a server computing days in UTC would get wrong.
const NOW = new Date("2026-12-05T23:30:00Z");
const TIME_ZONE = "Europe/Paris";

describe("getDashboard", () => {
  const database = useTestDatabase("dashboard");
  let variantId: string;
  let lowVariantId: string;

  /** A paid order of `amount` cents, paid at `paidAt`, with `refunded` cents refunded. */
  async function paidOrder(
    amount: number,
    paidAt: Date,
    options: { refunded?: number; currency?: string } = {},
  ) {
    const order = await createTestOrder(database.db, {
      lines: [{ variantId, quantity: 1, unitAmount: amount }],
      createdAt: new Date(paidAt.getTime() - 60_000),
    });
    await database.db.order.update({
      where: { id: order.id },
      data: {
        paidAt,
        status: options.refunded ? "PARTIALLY_REFUNDED" : "PAID",
        refundedAmount: options.refunded ?? 0,
        currency: options.currency ?? "EUR",
      },
    });
    return order;
  }

  beforeAll(async () => {
    const product = await createTestProduct(database.db, {
      fr: { name: "Miel de lavande", slug: "miel-dashboard" },
      en: { name: "Lavender honey", slug: "honey-dashboard" },
      variants: [
        { stock: 500, priceAmount: 1000 },
        { stock: 2, priceAmount: 1000 },
      ],
    });
    [variantId, lowVariantId] = product.variantIds as [string, string];
    // An archived product's empty variant is not "running out": nobody sells it any more.
    await createTestProduct(database.db, { status: "ARCHIVED", variants: [{ stock: 0 }] });

    await paidOrder(5_000, new Date("2026-12-05T23:10:00Z")); // today in Paris (00:10)
    await paidOrder(3_000, new Date("2026-12-05T22:50:00Z"), { refunded: 1_000 }); // yesterday 23:50 in Paris
    await paidOrder(10_000, new Date("2026-11-30T12:00:00Z")); // 6 days ago: within 7 days
    await paidOrder(20_000, new Date("2026-11-29T12:00:00Z")); // 7 days ago: within 30 only
    await paidOrder(40_000, new Date("2026-11-01T12:00:00Z")); // 35 days ago: outside
    await paidOrder(99_900, new Date("2026-12-05T23:20:00Z"), { currency: "USD" }); // another currency
    // Placed today, not paid: counted by status, not in revenue.
    await createTestOrder(database.db, {
      lines: [{ variantId, quantity: 1, unitAmount: 700 }],
      createdAt: new Date("2026-12-05T23:15:00Z"),
    });
    for (const createdAt of ["2026-12-05T23:05:00Z", "2026-12-02T09:00:00Z", "2026-10-01T09:00:00Z"]) {
      await database.db.user.create({
        data: {
          email: `customer-${createdAt}@example.com`,
          role: "CUSTOMER",
          createdAt: new Date(createdAt),
        },
      });
    }
    await database.db.user.create({
      data: {
        email: "staff-dashboard@example.com",
        role: "MANAGER",
        createdAt: new Date("2026-12-05T23:06:00Z"),
      },
    });
  });

  it("adds up today, 7 and 30 days in the shop's time zone, net of refunds, in the shop's currency", async () => {
    const dashboard = await getDashboard(database.db, {
      currency: "EUR",
      timeZone: TIME_ZONE,
      locale: "fr",
      lowStockThreshold: 5,
      now: NOW,
    });
    expect(dashboard.kpis.today).toMatchObject({
      revenue: 5_000,
      orders: 1,
      averageOrderValue: 5_000,
      newCustomers: 1,
    });
    expect(dashboard.kpis.days7).toMatchObject({
      revenue: 17_000,
      orders: 3,
      averageOrderValue: 5_667,
      newCustomers: 2,
    });
    expect(dashboard.kpis.days30).toMatchObject({
      revenue: 37_000,
      orders: 4,
      averageOrderValue: 9_250,
      newCustomers: 2,
    });
    // By the day orders were placed: today's paid one (EUR), the USD one and the pending one.
    expect(dashboard.kpis.today.ordersByStatus).toEqual({
      PENDING: 1,
      PAID: 2,
      FULFILLED: 0,
      DELIVERED: 0,
      CANCELLED: 0,
      REFUNDED: 0,
      PARTIALLY_REFUNDED: 0,
    });
    expect(dashboard.kpis.days30.ordersByStatus.PARTIALLY_REFUNDED).toBe(1);
  });

  it("gives every one of the 30 days, oldest first, empty days included", async () => {
    const { revenueByDay } = await getDashboard(database.db, {
      currency: "EUR",
      timeZone: TIME_ZONE,
      locale: "fr",
      lowStockThreshold: 5,
      now: NOW,
    });
    expect(revenueByDay).toHaveLength(30);
    expect(revenueByDay[0]).toEqual({ day: "2026-11-07", revenue: 0, orders: 0 });
    expect(revenueByDay.at(-1)).toEqual({ day: "2026-12-06", revenue: 5_000, orders: 1 });
    expect(revenueByDay.at(-2)).toEqual({ day: "2026-12-05", revenue: 2_000, orders: 1 });
    expect(revenueByDay.find((day) => day.day === "2026-11-29")).toEqual({
      day: "2026-11-29",
      revenue: 20_000,
      orders: 1,
    });
  });

  it("lists active variants running out, in the staff member's language, and the latest orders", async () => {
    const dashboard = await getDashboard(database.db, {
      currency: "EUR",
      timeZone: TIME_ZONE,
      locale: "en",
      lowStockThreshold: 5,
      now: NOW,
    });
    expect(dashboard.lowStock).toEqual([
      expect.objectContaining({ variantId: lowVariantId, productName: "Lavender honey", stock: 2 }),
    ]);
    // Newest first, whatever their status or currency.
    expect(dashboard.latestOrders.map((order) => order.totalAmount)).toEqual([
      99_900, 700, 5_000, 3_000, 10_000, 20_000, 40_000,
    ]);
    expect(dashboard.latestOrders[1]).toMatchObject({ status: "PENDING", currency: "EUR" });
  });

  it("refuses an unknown time zone rather than guess", async () => {
    await expect(
      getDashboard(database.db, {
        currency: "EUR",
        timeZone: "Mars/Olympus",
        locale: "fr",
        lowStockThreshold: 5,
      }),
    ).rejects.toThrow();
  });
});
