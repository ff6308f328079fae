// Prisma selects of the customer's own rows, explicit so that nothing else (a password hash, a
// session id) is ever read into a DTO by accident.
import type { Prisma } from "@comptoir/db";
import { DomainError } from "../errors";
import type { Tx } from "../transaction";

export const addressSelect = {
  id: true,
  name: true,
  line1: true,
  line2: true,
  postalCode: true,
  city: true,
  region: true,
  country: true,
  phone: true,
  isDefaultShipping: true,
  isDefaultBilling: true,
} satisfies Prisma.AddressSelect;

/** Defaults first (shipping, then billing), then in the order they were added. */
export const addressOrder = [
  { isDefaultShipping: "desc" },
  { isDefaultBilling: "desc" },
  { createdAt: "asc" },
  { id: "asc" },
] satisfies Prisma.AddressOrderByWithRelationInput[];

export const orderHistorySelect = {
  id: true,
  number: true,
  status: true,
  createdAt: true,
  totalAmount: true,
  currency: true,
  items: { select: { quantity: true } },
} satisfies Prisma.OrderSelect;

export const timelineSelect = {
  orderId: true,
  type: true,
  fromStatus: true,
  toStatus: true,
  createdAt: true,
} satisfies Prisma.OrderEventSelect;

/**
 * Locks the customer's row until the transaction ends, so that changes to one address book happen
 * one at a time (its size limit and its default flags are read, then written). NO KEY UPDATE does
 * not block rows that merely point at the user, such as a session being opened or an order placed.
 */
export async function lockCustomer(tx: Tx, userId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "User" WHERE "id" = ${userId} FOR NO KEY UPDATE`;
  if (!rows[0]) throw new DomainError("NOT_FOUND", "customer");
}
