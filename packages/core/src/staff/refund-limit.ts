// How much a manager may refund on their own: a store setting (a Setting row), checked by the
// refund procedures on top of the `refunds.create` permission. Admins and owners have no limit;
// every other role has no refunds at all.
import type { Role } from "@comptoir/db";
import { DomainError } from "../errors";
import type { Money } from "../money";
import type { DbOrTx } from "../transaction";

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
