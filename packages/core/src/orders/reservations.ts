// Stock reservations. Variant.stock is what is still for sale: reserving decrements it at once, in a
// single conditional UPDATE, so two checkouts racing for the last unit cannot both succeed (the second
// UPDATE waits for the first's row lock, then finds stock 0 and matches nothing). Releasing gives units
// back; consuming (payment) keeps them sold. Each step only touches ACTIVE rows, so it is idempotent.
import { DomainError } from "../errors";
import type { Tx } from "../transaction";

export interface ReservationLine {
  variantId: string;
  quantity: number;
}

export async function reserveStock(
  tx: Tx,
  orderId: string,
  lines: readonly ReservationLine[],
  expiresAt: Date,
): Promise<void> {
  // A fixed order of row locks: two orders sharing variants can never deadlock each other.
  const sorted = [...lines].sort((a, b) => (a.variantId < b.variantId ? -1 : 1));
  for (const line of sorted) {
    const taken = await tx.$executeRaw`
      UPDATE "Variant" SET "stock" = "stock" - ${line.quantity}, "updatedAt" = now()
      WHERE "id" = ${line.variantId} AND "stock" >= ${line.quantity}`;
    if (taken === 0) throw new DomainError("INSUFFICIENT_STOCK", line.variantId);
  }
  await tx.stockReservation.createMany({
    data: sorted.map((line) => ({ orderId, variantId: line.variantId, quantity: line.quantity, expiresAt })),
  });
}

/** Gives the units of the order's active reservations back to stock. Returns the lines released. */
export async function releaseReservations(tx: Tx, orderId: string): Promise<number> {
  return tx.$executeRaw`
    WITH released AS (
      UPDATE "StockReservation" SET "state" = 'RELEASED', "releasedAt" = now()
      WHERE "orderId" = ${orderId} AND "state" = 'ACTIVE'
      RETURNING "variantId", "quantity"
    )
    UPDATE "Variant" AS v SET "stock" = v."stock" + r."quantity", "updatedAt" = now()
    FROM released AS r WHERE v."id" = r."variantId"`;
}

/** The order is paid: its reserved units are sold for good. */
export async function consumeReservations(tx: Tx, orderId: string): Promise<number> {
  const { count } = await tx.stockReservation.updateMany({
    where: { orderId, state: "ACTIVE" },
    data: { state: "CONSUMED" },
  });
  return count;
}
