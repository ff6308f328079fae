import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { isDomainError } from "../errors";
import { createTestOrder, createTestProduct, recordingJobSender } from "../testing";
import { parseShipment, type Shipment } from "./carriers";
import { fulfilOrder, latestShipment, markOrderDelivered } from "./fulfil-order";
import { settlePaid } from "./settle-payment";

describe("fulfilOrder and markOrderDelivered", () => {
  const database = useTestDatabase("fulfil_order");
  const jobs = recordingJobSender();
  const staffId = "staff-shipping";
  const shipment = (): Shipment => {
    const parsed = parseShipment({ carrier: "Chronopost", trackingNumber: "XY 123 456 789 FR" });
    if (!parsed.ok) throw new Error("the fixture's shipment is valid");
    return parsed.shipment;
  };

  async function paidOrder() {
    const product = await createTestProduct(database.db, { variants: [{ stock: 5, priceAmount: 900 }] });
    const order = await createTestOrder(database.db, {
      lines: [{ variantId: product.variantIds[0]!, quantity: 1, unitAmount: 900 }],
    });
    await database.db.$transaction((tx) =>
      settlePaid(tx, { orderId: order.id, paymentIntentId: null, actor: "SYSTEM", source: "test" }, { jobs }),
    );
    return order;
  }
  const statusOf = async (id: string) =>
    (await database.db.order.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
  const codeOf = (call: Promise<unknown>) =>
    call.then(
      () => "succeeded",
      (error: unknown) => (isDomainError(error) ? error.code : String(error)),
    );

  it("ships a paid order with its carrier and tracking number, and queues the shipping email", async () => {
    const order = await paidOrder();
    const audits: unknown[] = [];
    const change = await fulfilOrder(
      database.db,
      { orderId: order.id, shipment: shipment(), staffId },
      { jobs, audit: async (_tx, entry) => void audits.push(entry) },
    );
    expect(change).toEqual({ before: { status: "PAID" }, after: { status: "FULFILLED" } });
    expect(await statusOf(order.id)).toBe("FULFILLED");
    expect(jobs.sent).toContainEqual({ name: "email.order-shipped", data: { orderId: order.id } });
    expect(audits).toEqual([{ ...change, shipment: shipment() }]);
    const event = await database.db.orderEvent.findFirstOrThrow({
      where: { orderId: order.id, type: "fulfilled" },
    });
    expect(event).toMatchObject({
      fromStatus: "PAID",
      toStatus: "FULFILLED",
      actor: "STAFF",
      actorId: staffId,
      data: { carrierId: "chronopost", carrierName: "Chronopost", trackingNumber: "XY123456789FR" },
    });
    expect(await latestShipment(database.db, order.id)).toEqual(shipment());

    await markOrderDelivered(database.db, { orderId: order.id, staffId }, { jobs });
    expect(await statusOf(order.id)).toBe("DELIVERED");
  });

  it("refuses to ship twice, to ship an unpaid order, or to deliver what was not shipped", async () => {
    const order = await paidOrder();
    expect(await codeOf(markOrderDelivered(database.db, { orderId: order.id, staffId }, { jobs }))).toBe(
      "INVALID_TRANSITION",
    );
    const first = fulfilOrder(database.db, { orderId: order.id, shipment: shipment(), staffId }, { jobs });
    const second = fulfilOrder(database.db, { orderId: order.id, shipment: shipment(), staffId }, { jobs });
    expect((await Promise.all([codeOf(first), codeOf(second)])).sort()).toEqual([
      "INVALID_TRANSITION",
      "succeeded",
    ]);
    expect(await database.db.orderEvent.count({ where: { orderId: order.id, type: "fulfilled" } })).toBe(1);
    expect(
      jobs.sent.filter((job) => job.name === "email.order-shipped" && job.data.orderId === order.id),
    ).toHaveLength(1);

    const product = await createTestProduct(database.db, { variants: [{ stock: 5, priceAmount: 900 }] });
    const pending = await createTestOrder(database.db, {
      lines: [{ variantId: product.variantIds[0]!, quantity: 1, unitAmount: 900 }],
    });
    expect(
      await codeOf(
        fulfilOrder(database.db, { orderId: pending.id, shipment: shipment(), staffId }, { jobs }),
      ),
    ).toBe("INVALID_TRANSITION");
    expect(await statusOf(pending.id)).toBe("PENDING");
    expect(
      await codeOf(
        fulfilOrder(database.db, { orderId: "no-such-order", shipment: shipment(), staffId }, { jobs }),
      ),
    ).toBe("NOT_FOUND");
  });
});
