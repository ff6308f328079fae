import { describe, expect, it } from "vitest";
import { canTransition, nextStatuses, statusAfterRefund } from "./order-transitions";

describe("the order state machine", () => {
  it("lets a pending order be paid or cancelled, and nothing else", () => {
    expect(nextStatuses("PENDING")).toEqual(["PAID", "CANCELLED"]);
    expect(canTransition("PENDING", "FULFILLED")).toBe(false);
    expect(canTransition("PENDING", "REFUNDED")).toBe(false);
  });

  it("never leaves a final state", () => {
    expect(nextStatuses("CANCELLED")).toEqual([]);
    expect(nextStatuses("REFUNDED")).toEqual([]);
    expect(canTransition("CANCELLED", "PAID")).toBe(false);
  });

  it("lets a partly refunded order still ship and be refunded further", () => {
    expect(canTransition("PARTIALLY_REFUNDED", "FULFILLED")).toBe(true);
    expect(canTransition("PARTIALLY_REFUNDED", "PARTIALLY_REFUNDED")).toBe(true);
    expect(canTransition("PARTIALLY_REFUNDED", "PENDING")).toBe(false);
  });

  it("derives the refund status from the amounts", () => {
    expect(statusAfterRefund(0, 5000)).toBeNull();
    expect(statusAfterRefund(1, 5000)).toBe("PARTIALLY_REFUNDED");
    expect(statusAfterRefund(5000, 5000)).toBe("REFUNDED");
  });
});
