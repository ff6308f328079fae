// What a cart line may hold. Pure rules, shared by every path that changes or prices a line.
import { MAX_LINE_QUANTITY } from "@comptoir/validators";
import { DomainError } from "../errors";
import type { CartProblemCode } from "./types";

/**
 * Throws when a line cannot hold `quantity` units of a variant with `stock` units for sale:
 * nothing left at all, more than the per-line limit, or more than what is left.
 */
export function assertLineQuantity(quantity: number, stock: number, variantId: string): void {
  if (stock <= 0) throw new DomainError("OUT_OF_STOCK", `variant ${variantId}`);
  if (quantity > MAX_LINE_QUANTITY)
    throw new DomainError("QUANTITY_LIMIT", `variant ${variantId}: ${quantity}`);
  if (quantity > stock)
    throw new DomainError("INSUFFICIENT_STOCK", `variant ${variantId}: ${quantity} > ${stock}`);
}

/** Why a line already in a cart cannot be bought as it is, or null. */
export function lineProblem(line: {
  quantity: number;
  stock: number;
  purchasable: boolean;
}): CartProblemCode | null {
  if (!line.purchasable) return "UNAVAILABLE";
  if (line.stock <= 0) return "OUT_OF_STOCK";
  if (line.quantity > line.stock) return "INSUFFICIENT_STOCK";
  return null;
}

/**
 * The quantity a guest line brings into a customer's cart at login: added to what is there, capped
 * by the per-line limit and by the stock, but never lowering what the customer already had.
 */
export function mergedQuantity(existing: number, incoming: number, stock: number): number {
  const capped = Math.min(existing + incoming, MAX_LINE_QUANTITY, Math.max(stock, 0));
  return Math.max(existing, capped);
}
