// "Download my data": everything the shop holds about the customer, in one JSON document. Orders
// read exactly as the order pages show them. Secrets never appear: no password hash, no session id
// (sessions carry the public id the list of devices shows), no token of any kind.
import type { DbOrTx } from "../transaction";
import { customerOrder } from "./get-order";
import { getProfile } from "./get-profile";
import { listAddresses } from "./list-addresses";
import { orderTimelines } from "./order-timeline";
import type { CustomerDataExport, CustomerOrder } from "./types";

/** The newest security events exported; older ones are still in the audit trail, for the shop. */
const MAX_SECURITY_EVENTS = 1_000;

export interface ExportOptions {
  /** The public id of a session (the same one the list of devices shows). */
  publicSessionId: (sessionId: string) => string;
  now?: Date;
}

export async function exportCustomerData(
  db: DbOrTx,
  userId: string,
  options: ExportOptions,
): Promise<CustomerDataExport> {
  const profile = await getProfile(db, userId);
  const addresses = await listAddresses(db, userId);
  const cart = await db.cart.findUnique({
    where: { userId },
    select: {
      currency: true,
      items: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { quantity: true, createdAt: true, variant: { select: { sku: true } } },
      },
    },
  });
  const orderRows = await db.order.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { number: "desc" }],
    select: { id: true },
  });
  const timelines = await orderTimelines(
    db,
    orderRows.map((order) => order.id),
  );
  const orders: CustomerOrder[] = [];
  // One at a time: an export is rare, and a long history must not take every connection of the pool.
  for (const { id } of orderRows) orders.push(await customerOrder(db, id, timelines));
  const sessions = await db.session.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, expiresAt: true, userAgent: true, ipAddress: true },
  });
  const securityEvents = await db.auditLog.findMany({
    where: { actorId: userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_SECURITY_EVENTS,
    select: { action: true, createdAt: true, ipAddress: true, userAgent: true },
  });
  return {
    exportedAt: options.now ?? new Date(),
    profile,
    addresses,
    cart: cart && {
      currency: cart.currency,
      items: cart.items.map((item) => ({
        sku: item.variant.sku,
        quantity: item.quantity,
        addedAt: item.createdAt,
      })),
    },
    orders,
    sessions: sessions.map(({ id, ...session }) => ({ id: options.publicSessionId(id), ...session })),
    securityEvents: securityEvents.map(({ createdAt, ...event }) => ({ ...event, at: createdAt })),
  };
}
