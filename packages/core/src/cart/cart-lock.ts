// Every change to a cart runs in a transaction that first locks the cart's row: changes to one cart
// are serialized (two "add" clicks both count, the line stays unique), while different carts never
// wait for each other.
import { Prisma } from "@comptoir/db";
import type { DbClient } from "./queries";

export interface LockedCart {
  id: string;
  currency: string;
  discountCodeId: string | null;
}

/** Locks and returns the cart the request owns (see ownedCartWhere), or null. */
export async function lockOwnedCart(
  tx: DbClient,
  input: { cartId?: string | null; userId?: string | null },
): Promise<LockedCart | null> {
  const condition = input.userId
    ? Prisma.sql`"userId" = ${input.userId}`
    : input.cartId
      ? Prisma.sql`"id" = ${input.cartId} AND "userId" IS NULL`
      : null;
  if (!condition) return null;
  const rows = await tx.$queryRaw<LockedCart[]>`
    SELECT "id", "currency", "discountCodeId" FROM "Cart" WHERE ${condition} FOR UPDATE`;
  return rows[0] ?? null;
}

/**
 * The owned cart, locked, created first when there is none. A customer has one cart (userId is
 * unique): when two requests create it at once, the insert that loses does nothing and both lock the
 * same row. A guest gets a new cart, whose id the caller hands back for the cookie.
 */
export async function lockOrCreateCart(
  tx: DbClient,
  input: { cartId?: string | null; userId?: string | null; currency: string },
): Promise<LockedCart> {
  const existing = await lockOwnedCart(tx, input);
  if (existing) return existing;
  if (input.userId) {
    await tx.cart.createMany({
      data: [{ userId: input.userId, currency: input.currency }],
      skipDuplicates: true,
    });
    const created = await lockOwnedCart(tx, { userId: input.userId });
    if (created) return created;
    throw new Error(`the cart of user ${input.userId} could not be created`);
  }
  return tx.cart.create({
    data: { currency: input.currency },
    select: { id: true, currency: true, discountCodeId: true },
  });
}

/**
 * Locks a cart for checkout: the guest cart `cartId`, or the customer's own. Inside the caller's
 * transaction the lock holds until it commits, so the cart cannot change between pricing and order.
 */
export async function lockCartForCheckout(
  tx: DbClient,
  input: { cartId: string; userId?: string | null },
): Promise<LockedCart | null> {
  const owner = input.userId
    ? Prisma.sql`("userId" = ${input.userId} OR "userId" IS NULL)`
    : Prisma.sql`"userId" IS NULL`;
  const rows = await tx.$queryRaw<LockedCart[]>`
    SELECT "id", "currency", "discountCodeId" FROM "Cart" WHERE "id" = ${input.cartId} AND ${owner} FOR UPDATE`;
  return rows[0] ?? null;
}
