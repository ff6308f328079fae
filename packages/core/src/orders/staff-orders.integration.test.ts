import { useTestDatabase } from "@comptoir/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { orderTimelines } from "../customers/order-timeline";
import { createTestOrder, createTestProduct } from "../testing";
import { addStaffOrderNote, getStaffOrder } from "./staff-order-detail";
import { listStaffOrders } from "./staff-order-list";

describe("staff order list and detail", () => {
  const database = useTestDatabase("staff_orders");
  const ids: Record<string, string> = {};
  const numbers: Record<string, number> = {};

  beforeAll(async () => {
    const product = await createTestProduct(database.db, { variants: [{ stock: 100, priceAmount: 1200 }] });
    const variantId = product.variantIds[0]!;
    // Created at 23:30 UTC on 30 November: 1 December in Paris.
    const placed = [
      ["early", "alice@example.com", "2026-11-30T23:30:00Z"],
      ["middle", "bob@shop.example", "2026-12-02T10:00:00Z"],
      ["late", "ALICE.Martin@example.com", "2026-12-04T10:00:00Z"],
    ] as const;
    for (const [key, email, createdAt] of placed) {
      const order = await createTestOrder(database.db, {
        lines: [{ variantId, quantity: 2, unitAmount: 1200 }],
        email,
        createdAt: new Date(createdAt),
      });
      ids[key] = order.id;
      numbers[key] = order.number;
    }
    await database.db.order.update({
      where: { id: ids.middle },
      data: { status: "PAID", paidAt: new Date() },
    });
  });

  const list = (input: Partial<Parameters<typeof listStaffOrders>[1]>) =>
    listStaffOrders(database.db, { timeZone: "Europe/Paris", page: 1, pageSize: 25, ...input });
  const keysOf = (result: Awaited<ReturnType<typeof listStaffOrders>>) =>
    result.items.map((row) => Object.keys(ids).find((key) => ids[key] === row.id));

  it("lists newest first, and filters by status, number, email and the shop's days", async () => {
    expect(keysOf(await list({}))).toEqual(["late", "middle", "early"]);
    expect(keysOf(await list({ status: "PAID" }))).toEqual(["middle"]);
    expect(keysOf(await list({ q: `#${numbers.early}` }))).toEqual(["early"]);
    expect(keysOf(await list({ q: "alice" }))).toEqual(["late", "early"]);
    // 1 December in Paris includes the order placed at 23:30 UTC on 30 November.
    expect(keysOf(await list({ from: "2026-12-01", to: "2026-12-01" }))).toEqual(["early"]);
    expect(keysOf(await list({ from: "2026-12-02" }))).toEqual(["late", "middle"]);
    const firstPage = await list({ pageSize: 2 });
    expect(firstPage.total).toBe(3);
    expect(firstPage.items).toHaveLength(2);
    expect(firstPage.items[0]).toMatchObject({ itemCount: 1, totalAmount: 2400 });
    // SQL-looking or odd search text is only text.
    expect((await list({ q: '\'; DROP TABLE "Order"; --' })).total).toBe(0);
    expect((await list({ q: "%" })).total).toBe(0);
    expect((await list({ q: "alice_" })).total).toBe(0);
  });

  it("shows an order with its lines and timeline; a note is for staff only", async () => {
    const staff = await database.db.user.create({ data: { email: "agent@shop.example", role: "SUPPORT" } });
    await addStaffOrderNote(database.db, { orderId: ids.middle!, staffId: staff.id, text: "Client appelé" });
    const order = await getStaffOrder(database.db, ids.middle!);
    expect(order.items).toHaveLength(1);
    expect(order.refundableAmount).toBe(2400);
    expect(order.nextStatuses).toContain("FULFILLED");
    expect(order.timeline.at(-1)).toMatchObject({
      type: "note",
      actorEmail: "agent@shop.example",
      data: { text: "Client appelé" },
    });
    const customerView = await orderTimelines(database.db, [ids.middle!]);
    expect(customerView.get(ids.middle!)!.some((entry) => entry.type === "note")).toBe(false);
    await expect(getStaffOrder(database.db, "missing")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      addStaffOrderNote(database.db, { orderId: "missing", staffId: staff.id, text: "x" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
