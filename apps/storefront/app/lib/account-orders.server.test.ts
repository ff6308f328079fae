// The order history and an order's page against the real API: only the customer's own orders, a
// page of them at a time, each with its status timeline; anything else is no page (404).
import { createCustomerOrder } from "@comptoir/core/testing";
import { describe, expect, it } from "vitest";
import { orderPageData, ordersPageData, positiveInteger } from "./account-orders.server";
import { overviewPageData } from "./account-overview.server";
import { useAccountTestShop } from "./account-test-shop.server";

const shop = useAccountTestShop("storefront_account_orders");

interface OrdersPage {
  orders: { items: { number: number; status: string; itemCount: number }[]; page: number; pageCount: number };
  alternates: Record<string, string>;
}

interface OrderPage {
  order: { number: number; status: string; timeline: { type: string; status: string | null }[] };
  summary: { total: number; lines: unknown[] };
  alternates: Record<string, string>;
}

describe("positiveInteger", () => {
  it("reads whole numbers from 1 up, and nothing else", () => {
    expect(positiveInteger("42")).toBe(42);
    for (const value of ["0", "-1", "2abc", "1.5", "", null, "99999999999", " 3"]) {
      expect(positiveInteger(value), String(value)).toBeNull();
    }
  });
});

describe("the order pages", () => {
  it("list the customer's orders only, newest first, a page at a time", async () => {
    const { user, browser } = await shop.customer();
    const stranger = await shop.customer();
    await createCustomerOrder(shop.db, { userId: stranger.user.id, email: stranger.user.email, paid: true });
    const start = Date.now() - 12 * 86_400_000;
    const orders = [];
    for (let day = 0; day < 12; day += 1) {
      orders.push(
        await createCustomerOrder(shop.db, {
          userId: user.id,
          email: user.email,
          paid: day % 2 === 0,
          quantities: [1, 2],
          createdAt: new Date(start + day * 86_400_000),
        }),
      );
    }
    const first = await browser.get<OrdersPage>("/fr/compte/commandes", ordersPageData);
    expect(first.data?.orders.pageCount).toBe(2);
    expect(first.data?.orders.items.map((order) => order.number)).toEqual(
      orders
        .map((order) => order.number)
        .reverse()
        .slice(0, 10),
    );
    expect(first.data?.orders.items[0]).toMatchObject({ status: "PENDING", itemCount: 3 });
    expect(first.data?.orders.items[1]).toMatchObject({ status: "PAID" });

    const second = await browser.get<OrdersPage>("/fr/compte/commandes?page=2", ordersPageData);
    expect(second.data?.orders.items.map((order) => order.number)).toEqual(
      orders
        .map((order) => order.number)
        .reverse()
        .slice(10),
    );
    expect(second.data?.alternates).toEqual({
      fr: "/fr/compte/commandes?page=2",
      en: "/en/account/orders?page=2",
    });

    // A page number that is not one shows the first page; one past the last is no page.
    const lenient = await browser.get<OrdersPage>("/fr/compte/commandes?page=abc", ordersPageData);
    expect(lenient.data?.orders.page).toBe(1);
    expect((await browser.get("/fr/compte/commandes?page=3", ordersPageData)).status).toBe(404);

    const overview = await browser.get<{ latestOrders: { number: number }[]; orderCount: number }>(
      "/fr/compte",
      overviewPageData,
    );
    expect(overview.data?.orderCount).toBe(12);
    expect(overview.data?.latestOrders.map((order) => order.number)).toEqual(
      orders
        .map((order) => order.number)
        .reverse()
        .slice(0, 3),
    );
  });

  it("show an order with its lines, totals and timeline", async () => {
    const { user, browser } = await shop.customer();
    const order = await createCustomerOrder(shop.db, {
      userId: user.id,
      email: user.email,
      paid: true,
      quantities: [2],
      unitAmount: 1500,
    });
    const answer = await browser.get<OrderPage>(
      `/en/account/orders/${order.number}`,
      (request, locale, caller) => orderPageData(request, locale, caller, String(order.number)),
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.get("Cache-Control")).toBe("private, no-store");
    expect(answer.data?.order).toMatchObject({ number: order.number, status: "PAID" });
    expect(answer.data?.order.timeline.map((step) => [step.type, step.status])).toEqual([
      ["order_created", "PENDING"],
      ["payment_succeeded", "PAID"],
    ]);
    expect(answer.data?.summary).toMatchObject({ total: 3000 });
    expect(answer.data?.summary.lines).toHaveLength(1);
    expect(answer.data?.alternates).toEqual({
      fr: `/fr/compte/commandes/${order.number}`,
      en: `/en/account/orders/${order.number}`,
    });
  });

  it("answer 404 for another customer's order, an unknown number or no number at all", async () => {
    const owner = await shop.customer();
    const theirs = await createCustomerOrder(shop.db, { userId: owner.user.id, email: owner.user.email });
    const { browser } = await shop.customer();
    for (const number of [String(theirs.number), "999999999", "abc", "0", "-3"]) {
      const answer = await browser.get(`/fr/compte/commandes/${number}`, (request, locale, caller) =>
        orderPageData(request, locale, caller, number),
      );
      expect(answer.status, number).toBe(404);
    }
  });
});
