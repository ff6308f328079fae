// What a refund is worth: an amount typed by staff, or the lines (and quantities) taken back.
import { DomainError } from "../errors";

export interface RefundLine {
  orderItemId: string;
  quantity: number;
}

export interface RefundableItem {
  id: string;
  quantity: number;
  /** What the customer paid for the line, discount and tax included. */
  totalAmount: number;
}

/**
 * The refund of some units of some lines: each unit is worth its share of what the line cost
 * (discounts spread over the line included), so refunding every unit of a line refunds it exactly.
 * Shipping is refunded only by amount.
 */
export function amountOfLines(items: readonly RefundableItem[], lines: readonly RefundLine[]): number {
  const byId = new Map(items.map((item) => [item.id, item]));
  const seen = new Set<string>();
  let amount = 0;
  for (const line of lines) {
    const item = byId.get(line.orderItemId);
    if (!item) throw new DomainError("NOT_FOUND", `order item ${line.orderItemId}`);
    if (seen.has(item.id)) throw new DomainError("CONFLICT", `order item ${item.id} listed twice`);
    seen.add(item.id);
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > item.quantity) {
      throw new DomainError(
        "REFUND_EXCEEDS_BALANCE",
        `order item ${item.id}: ${line.quantity} of ${item.quantity}`,
      );
    }
    amount += Math.round((item.totalAmount * line.quantity) / item.quantity);
  }
  return amount;
}
