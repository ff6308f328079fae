import { createCustomerOrder } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { MAX_ORDER_HISTORY_PAGE_SIZE } from "@comptoir/validators";
import { describe, expect, it } from "vitest";
import { outsiders, refusal, storefrontCustomer } from "./account-test-kit";

describe("account.orders", () => {
  const database = useTestDatabase("api_account_orders");

  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

  it("lists the customer's orders newest first, paginated", async () => {
    const { user, api } = await storefrontCustomer(database.db);
    const placed = [];
    for (const days of [5, 4, 3]) {
      placed.push(
        await createCustomerOrder(database.db, {
          userId: user.id,
          email: user.email,
          createdAt: daysAgo(days),
          paid: days === 4,
          quantities: [1, 2],
        }),
      );
    }
    const [oldest, paid, newest] = placed;
    const first = await api.account.orders.list({ page: 1, pageSize: 2 });
    expect(first).toMatchObject({ page: 1, pageSize: 2, pageCount: 2, total: 3 });
    expect(first.items).toEqual([
      {
        id: newest?.id,
        number: newest?.number,
        status: "PENDING",
        createdAt: expect.any(Date),
        totalAmount: 4500,
        currency: "EUR",
        itemCount: 3,
      },
      expect.objectContaining({ number: paid?.number, status: "PAID" }),
    ]);
    expect(
      (await api.account.orders.list({ page: 2, pageSize: 2 })).items.map((order) => order.number),
    ).toEqual([oldest?.number]);
    // No input at all is the first page of the default size.
    expect(await api.account.orders.list()).toMatchObject({ page: 1, pageSize: 10, total: 3 });
  });

  it("shows an order with its lines, totals, address and status timeline", async () => {
    const { user, api } = await storefrontCustomer(database.db);
    const order = await createCustomerOrder(database.db, { userId: user.id, email: user.email, paid: true });
    const detail = await api.account.orders.get({ number: order.number });
    expect(detail).toMatchObject({
      number: order.number,
      status: "PAID",
      currency: "EUR",
      pricesIncludeTax: true,
      refundedAmount: 0,
      lines: [{ sku: "SKU-0", quantity: 2, unitAmount: 1500, totalAmount: 3000 }],
      totals: { subtotal: 3000, total: 3000 },
      shippingAddress: { name: "Camille Martin", postalCode: "75002", country: "FR" },
      shippingMethod: { name: "Standard" },
      timeline: [
        { type: "order_created", status: "PENDING", at: expect.any(Date) },
        { type: "payment_succeeded", status: "PAID", at: expect.any(Date) },
      ],
    });
    // Internal facts stay internal: payment ids, webhook sources, actors.
    expect(JSON.stringify(detail)).not.toMatch(/pi_test_|evt_test|PAYMENT_PROVIDER|actor/);
  });

  it("refuses page 0, negative, fractional and huge pages and page sizes", async () => {
    const { api } = await storefrontCustomer(database.db);
    for (const input of [
      { page: 0 },
      { page: -1 },
      { page: 1.5 },
      { page: 1_000_000 },
      { page: 1, pageSize: 0 },
      { page: 1, pageSize: MAX_ORDER_HISTORY_PAGE_SIZE + 1 },
    ]) {
      expect(await refusal(api.account.orders.list(input))).toMatchObject({
        code: "BAD_REQUEST",
        domain: null,
      });
    }
    // A page past the end is simply empty.
    expect(await api.account.orders.list({ page: 50 })).toMatchObject({ items: [], page: 50, pageCount: 1 });
  });

  it("answers NOT_FOUND for an unknown number, and refuses numbers that are not one", async () => {
    const { api } = await storefrontCustomer(database.db);
    expect(await refusal(api.account.orders.get({ number: 987_654 }))).toMatchObject({
      code: "NOT_FOUND",
      domain: "NOT_FOUND",
    });
    for (const number of [0, -3, 2.5, 2 ** 40]) {
      expect(await refusal(api.account.orders.get({ number }))).toMatchObject({ code: "BAD_REQUEST" });
    }
  });

  it("answers UNAUTHORIZED without a session and FORBIDDEN to an admin session", async () => {
    const { anonymous, admin } = await outsiders(database.db);
    for (const [api, code] of [
      [anonymous, "UNAUTHORIZED"],
      [admin, "FORBIDDEN"],
    ] as const) {
      expect((await refusal(api.account.orders.list({ page: 1 }))).code).toBe(code);
      expect((await refusal(api.account.orders.get({ number: 1 }))).code).toBe(code);
    }
  });
});
