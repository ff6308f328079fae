// Shipping an order and, later, its delivery: staff steps of the order state machine. The carrier
// and tracking number live in the "fulfilled" event's data (the order row has no column for them),
// and the shipping email is queued in the same transaction, so it is sent if and only if the order
// is marked shipped.
import type { Db, OrderStatus } from "@comptoir/db";
import { DomainError } from "../errors";
import type { Tx } from "../transaction";
import { shipmentOf, type Shipment } from "./carriers";
import { lockOrder, transitionOrder, type TransitionEffects } from "./transition-order";

export const FULFILLED_EVENT = "fulfilled";
export const DELIVERED_EVENT = "delivered";

/** An order can be shipped once paid, even after a partial refund (the rest still goes out). */
const SHIPPABLE: readonly OrderStatus[] = ["PAID", "PARTIALLY_REFUNDED"];

export interface StatusChange {
  before: { status: OrderStatus };
  after: { status: OrderStatus };
}

export interface FulfilmentDeps extends TransitionEffects {
  /** Writes the audit entry in the change's own transaction. */
  audit?: (tx: Tx, change: StatusChange & { shipment?: Shipment }) => Promise<void>;
}

export interface FulfilRequest {
  orderId: string;
  /** Checked and tidied by parseShipment (./carriers.ts). */
  shipment: Shipment;
  staffId: string;
}

export async function fulfilOrder(
  db: Db,
  request: FulfilRequest,
  deps: FulfilmentDeps,
): Promise<StatusChange> {
  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, request.orderId);
    // A partially refunded order may be one that was shipped before the refund: it ships once.
    const shippedBefore =
      order.status === "PARTIALLY_REFUNDED" && (await latestShipment(tx, order.id)) !== null;
    if (!SHIPPABLE.includes(order.status) || shippedBefore) {
      throw new DomainError("INVALID_TRANSITION", `${order.id}: ${order.status} cannot be shipped`);
    }
    const { shipment } = request;
    await transitionOrder(
      tx,
      {
        orderId: order.id,
        to: "FULFILLED",
        actor: "STAFF",
        actorId: request.staffId,
        type: FULFILLED_EVENT,
        data: {
          carrierId: shipment.carrierId,
          carrierName: shipment.carrierName,
          trackingNumber: shipment.trackingNumber,
        },
      },
      deps,
    );
    await deps.jobs.sendInTransaction(tx, { name: "email.order-shipped", data: { orderId: order.id } });
    const change: StatusChange = { before: { status: order.status }, after: { status: "FULFILLED" } };
    await deps.audit?.(tx, { ...change, shipment });
    return change;
  });
}

/**
 * The parcel arrived. Only an order that was shipped: a partially refunded order may never have
 * left the shop, so its "fulfilled" event is looked for.
 */
export async function markOrderDelivered(
  db: Db,
  request: { orderId: string; staffId: string },
  deps: FulfilmentDeps,
): Promise<StatusChange> {
  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, request.orderId);
    const shipped =
      order.status === "FULFILLED" ||
      (order.status === "PARTIALLY_REFUNDED" && (await latestShipment(tx, order.id)) !== null);
    if (!shipped) {
      throw new DomainError("INVALID_TRANSITION", `${order.id}: ${order.status} was not shipped`);
    }
    await transitionOrder(
      tx,
      { orderId: order.id, to: "DELIVERED", actor: "STAFF", actorId: request.staffId, type: DELIVERED_EVENT },
      deps,
    );
    const change: StatusChange = { before: { status: order.status }, after: { status: "DELIVERED" } };
    await deps.audit?.(tx, change);
    return change;
  });
}

/** The carrier and tracking number the order was shipped with, if it was. */
export async function latestShipment(db: Db | Tx, orderId: string): Promise<Shipment | null> {
  const event = await db.orderEvent.findFirst({
    where: { orderId, type: FULFILLED_EVENT },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { data: true },
  });
  return event ? shipmentOf(event.data) : null;
}
