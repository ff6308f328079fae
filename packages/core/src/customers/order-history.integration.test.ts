import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { isDomainError } from "../errors";
import { recordOrderEvent } from "../orders/transition-order";
import { createCustomer, createTestOrder, createTestProduct } from "../testing";
import { getOrder } from "./get-order";
import { listOrders } from "./list-orders";
import { createCustomerOrder } from "./test-fixtures";

describe("the order history", () => {
  const database = useTestDatabase("customers_orders");

  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

  it("lists the customer's orders only, newest first, a page at a time, with their unit counts", async () => {
    const customer = await createCustomer(database.db);
    const other = await createCustomer(database.db);
    const oldest = await createCustomerOrder(database.db, {
      userId: customer.id,
      email: customer.email,
      createdAt: daysAgo(3),
    });
    const middle = await createCustomerOrder(database.db, {
      userId: customer.id,
      email: customer.email,
      quantities: [1, 3],
      createdAt: daysAgo(2),
      paid: true,
    });
    const newest = await createCustomerOrder(database.db, {
      userId: customer.id,
      email: customer.email,
      createdAt: daysAgo(1),
    });
    await createCustomerOrder(database.db, { userId: other.id, email: other.email });
    // A guest order placed with the customer's address is not theirs: it is not linked to the account.
    const product = await createTestProduct(database.db);
    await createTestOrder(database.db, {
      email: customer.email,
      lines: [{ variantId: product.variantIds[0] ?? "", quantity: 1, unitAmount: 100 }],
    });

    const first = await listOrders(database.db, customer.id, { page: 1, pageSize: 2 });
    expect(first).toMatchObject({ page: 1, pageSize: 2, pageCount: 2, total: 3 });
    expect(first.items.map((order) => order.number)).toEqual([newest.number, middle.number]);
    expect(first.items[1]).toEqual({
      id: middle.id,
      number: middle.number,
      status: "PAID",
      createdAt: expect.any(Date),
      totalAmount: 6000,
      currency: "EUR",
      itemCount: 4,
    });
    const second = await listOrders(database.db, customer.id, { page: 2, pageSize: 2 });
    expect(second.items.map((order) => order.number)).toEqual([oldest.number]);
    const beyond = await listOrders(database.db, customer.id, { page: 9, pageSize: 2 });
    expect(beyond).toMatchObject({ items: [], page: 9, pageCount: 2, total: 3 });
    expect(
      await listOrders(database.db, (await createCustomer(database.db)).id, { page: 1, pageSize: 10 }),
    ).toMatchObject({ items: [], pageCount: 1, total: 0 });
  });

  it("shows one order's snapshot and a timeline of its status changes, without internal details", async () => {
    const customer = await createCustomer(database.db);
    const order = await createCustomerOrder(database.db, {
      userId: customer.id,
      email: customer.email,
      paid: true,
    });
    await database.db.$transaction(async (tx) => {
      // A fact for the back office only: not on the customer's timeline.
      await recordOrderEvent(tx, {
        orderId: order.id,
        type: "payment_failed",
        actor: "PAYMENT_PROVIDER",
        data: { source: "evt_x", declineCode: "insufficient_funds" },
      });
    });

    const detail = await getOrder(database.db, customer.id, order.number);
    expect(detail).toMatchObject({
      number: order.number,
      status: "PAID",
      currency: "EUR",
      pricesIncludeTax: true,
      refundedAmount: 0,
      lines: [{ productName: "Produit 0", quantity: 2, unitAmount: 1500, totalAmount: 3000 }],
      totals: { total: 3000, refunded: 0 },
      shippingAddress: { name: "Camille Martin", city: "Paris", country: "FR" },
    });
    expect(detail.timeline).toEqual([
      { type: "order_created", status: "PENDING", at: expect.any(Date) },
      { type: "payment_succeeded", status: "PAID", at: expect.any(Date) },
    ]);
    expect(JSON.stringify(detail)).not.toMatch(/pi_test_|evt_|insufficient_funds|PAYMENT_PROVIDER/);
    expect(detail.shipment).toBeNull();
  });

  it("shows how a shipped order travels: carrier, tracking number, and a link for a known carrier", async () => {
    const customer = await createCustomer(database.db);
    const shipped = await createCustomerOrder(database.db, {
      userId: customer.id,
      email: customer.email,
      paid: true,
    });
    const byHand = await createCustomerOrder(database.db, {
      userId: customer.id,
      email: customer.email,
      paid: true,
    });
    const ship = (orderId: string, data: object) =>
      database.db.$transaction((tx) =>
        recordOrderEvent(tx, {
          orderId,
          type: "fulfilled",
          fromStatus: "PAID",
          toStatus: "FULFILLED",
          actor: "STAFF",
          data,
        }),
      );
    await ship(shipped.id, {
      carrierId: "colissimo",
      carrierName: "Colissimo",
      trackingNumber: "6A12345678901",
    });
    await ship(byHand.id, { carrierId: null, carrierName: "Coursier Dupont", trackingNumber: "CD-42" });
    expect((await getOrder(database.db, customer.id, shipped.number)).shipment).toEqual({
      carrierName: "Colissimo",
      trackingNumber: "6A12345678901",
      trackingUrl: "https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901",
    });
    expect((await getOrder(database.db, customer.id, byHand.number)).shipment).toEqual({
      carrierName: "Coursier Dupont",
      trackingNumber: "CD-42",
      trackingUrl: null,
    });
  });

  it("answers NOT_FOUND for another customer's order, a guest order and an unknown number", async () => {
    const customer = await createCustomer(database.db);
    const other = await createCustomer(database.db);
    const theirs = await createCustomerOrder(database.db, { userId: other.id, email: other.email });
    const product = await createTestProduct(database.db);
    const guest = await createTestOrder(database.db, {
      email: customer.email,
      lines: [{ variantId: product.variantIds[0] ?? "", quantity: 1, unitAmount: 100 }],
    });
    for (const number of [theirs.number, guest.number, 999_999]) {
      const error = await getOrder(database.db, customer.id, number).catch((caught: unknown) => caught);
      expect(isDomainError(error, "NOT_FOUND")).toBe(true);
    }
  });
});
