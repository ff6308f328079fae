// How much a manager may refund on their own: a store setting (a Setting row), checked by the
// refund procedures on top of the `refunds.create` permission. Admins and owners have no limit;
// every other role has no refunds at all.
import type { Role } from "@comptoir/db";
import { DomainError } from "../errors";
import type { Money } from "../money";
import type { DbOrTx, Tx } from "../transaction";

export const MANAGER_REFUND_LIMIT_KEY = "refunds.managerLimit";

/** Until a shop sets its own: 200 € per refund. */
export const DEFAULT_MANAGER_REFUND_LIMIT: Money = { amount: 20_000, currency: "EUR" };

function isMoney(value: unknown): value is Money {
  if (typeof value !== "object" || value === null) return false;
  const { amount, currency } = value as Record<string, unknown>;
  return (
    typeof amount === "number" &&
    Number.isSafeInteger(amount) &&
    amount >= 0 &&
    typeof currency === "string" &&
    /^[A-Z]{3}$/.test(currency)
  );
}

/** The shop's limit, or the default when the row is missing or malformed. */
export async function loadManagerRefundLimit(db: DbOrTx): Promise<Money> {
  const row = await db.setting.findUnique({
    where: { key: MANAGER_REFUND_LIMIT_KEY },
    select: { value: true },
  });
  return isMoney(row?.value)
    ? { amount: row.value.amount, currency: row.value.currency }
    : DEFAULT_MANAGER_REFUND_LIMIT;
}

/** The largest limit the settings page accepts: ten million in major units of a two-decimal currency. */
export const MAX_MANAGER_REFUND_LIMIT = 1_000_000_000;

/**
 * Sets the shop's manager refund limit, inside the caller's transaction (where its audit entry is
 * written too), and returns the limit before and after. The procedure's schema refuses bad input
 * with a field error; this throws on anything loadManagerRefundLimit would not read back, so a
 * malformed row can never be written.
 */
export async function saveManagerRefundLimit(tx: Tx, limit: Money): Promise<{ before: Money; after: Money }> {
  if (!isMoney(limit) || limit.amount > MAX_MANAGER_REFUND_LIMIT) {
    throw new RangeError("a refund limit is a whole, non-negative amount of minor units in an ISO currency");
  }
  // Serialises two saves, so that each one's "before" is what the other left.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${MANAGER_REFUND_LIMIT_KEY}))`;
  const before = await loadManagerRefundLimit(tx);
  const after = { amount: limit.amount, currency: limit.currency };
  await tx.setting.upsert({
    where: { key: MANAGER_REFUND_LIMIT_KEY },
    create: { key: MANAGER_REFUND_LIMIT_KEY, value: after },
    update: { value: after },
  });
  return { before, after };
}

/**
 * Refuses (FORBIDDEN) a refund of `amount` by `role` beyond what the role may refund. A manager's
 * refund in another currency than the limit's cannot be compared, so it is refused too.
 */
export function assertRefundWithinLimit(role: Role, amount: Money, managerLimit: Money): void {
  if (role === "OWNER" || role === "ADMIN") return;
  if (role !== "MANAGER") throw new DomainError("FORBIDDEN", "refunds are for managers and above");
  if (amount.currency !== managerLimit.currency || amount.amount > managerLimit.amount) {
    throw new DomainError("FORBIDDEN", "refund above the manager limit");
  }
}
