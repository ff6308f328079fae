import { describe, expect, it } from "vitest";
import { discountAmount } from "./discount-amount";

const percent = (percentOff: number) => ({ kind: "PERCENTAGE" as const, percentOff, amountOff: null });
const fixed = (amountOff: number) => ({ kind: "FIXED_AMOUNT" as const, percentOff: null, amountOff });

describe("discountAmount", () => {
  it("takes a percentage of the subtotal, rounded half-up to the cent", () => {
    expect(discountAmount(percent(10), 2500)).toBe(250);
    expect(discountAmount(percent(15), 1999)).toBe(300); // 299.85
    expect(discountAmount(percent(10), 5)).toBe(1); // 0.5
    expect(discountAmount(percent(10), 4)).toBe(0); // 0.4
    expect(discountAmount(percent(50), 1)).toBe(1); // a 1-cent item at half price is free
  });

  it("takes everything at 100 % and never more than the subtotal for a fixed amount", () => {
    expect(discountAmount(percent(100), 1234)).toBe(1234);
    expect(discountAmount(fixed(500), 4000)).toBe(500);
    expect(discountAmount(fixed(5000), 1200)).toBe(1200);
  });

  it("takes nothing without a code or from an empty cart", () => {
    expect(discountAmount(null, 1000)).toBe(0);
    expect(discountAmount(fixed(500), 0)).toBe(0);
    expect(discountAmount(percent(20), 0)).toBe(0);
  });
});
