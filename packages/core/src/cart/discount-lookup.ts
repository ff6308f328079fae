import { discountProblem, type DiscountProblem, type DiscountTerms } from "../pricing";
import type { DbClient, DiscountRow } from "./queries";

/** Who is buying, as far as the request knows: an account, an email typed at checkout, or both. */
export interface Customer {
  userId?: string | null;
  email?: string | null;
}

/**
 * How many orders of this customer hold a redemption of the code: matched by account or by email,
 * so logging out does not reset a "once per customer" code. null when the customer is unknown.
 */
export async function countCustomerUses(
  db: DbClient,
  discountCodeId: string,
  customer: Customer,
): Promise<number | null> {
  const email = customer.email?.trim().toLowerCase();
  const who = [...(customer.userId ? [{ userId: customer.userId }] : []), ...(email ? [{ email }] : [])];
  if (who.length === 0) return null;
  return db.discountRedemption.count({ where: { discountCodeId, OR: who } });
}

export function discountTermsOf(row: DiscountRow): DiscountTerms {
  return { kind: row.kind, percentOff: row.percentOff, amountOff: row.amountOff };
}

/** The code's problem for this cart now, counting the customer's uses only when the code limits them. */
export async function checkDiscount(
  db: DbClient,
  row: DiscountRow,
  cart: { currency: string; subtotal: number },
  customer: Customer,
  now = new Date(),
): Promise<DiscountProblem | null> {
  const customerUses = row.perCustomerLimit === null ? null : await countCustomerUses(db, row.id, customer);
  return discountProblem(row, { now, currency: cart.currency, subtotal: cart.subtotal, customerUses });
}
