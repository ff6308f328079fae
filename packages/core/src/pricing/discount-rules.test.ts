import { describe, expect, it } from "vitest";
import { discountProblem, type DiscountRules } from "./discount-rules";

const now = new Date("2026-06-15T12:00:00Z");
const rules = (overrides: Partial<DiscountRules> = {}): DiscountRules => ({
  kind: "PERCENTAGE",
  currency: null,
  active: true,
  startsAt: null,
  endsAt: null,
  minimumSubtotal: 0,
  usageLimit: null,
  timesUsed: 0,
  perCustomerLimit: null,
  ...overrides,
});
const context = { now, currency: "EUR", subtotal: 5000, customerUses: null };

describe("discountProblem", () => {
  it("accepts an open code", () => {
    expect(discountProblem(rules(), context)).toBeNull();
  });

  it("refuses a switched-off code, before its start and from its end", () => {
    expect(discountProblem(rules({ active: false }), context)).toBe("DISCOUNT_NOT_ACTIVE");
    expect(discountProblem(rules({ startsAt: new Date(now.getTime() + 1) }), context)).toBe(
      "DISCOUNT_NOT_ACTIVE",
    );
    expect(discountProblem(rules({ startsAt: now }), context)).toBeNull();
    expect(discountProblem(rules({ endsAt: now }), context)).toBe("DISCOUNT_NOT_ACTIVE");
    expect(discountProblem(rules({ endsAt: new Date(now.getTime() + 1) }), context)).toBeNull();
  });

  it("refuses a fixed amount in another currency than the cart's", () => {
    const fixed = rules({ kind: "FIXED_AMOUNT", currency: "CAD" });
    expect(discountProblem(fixed, context)).toBe("DISCOUNT_NOT_ACTIVE");
    expect(discountProblem({ ...fixed, currency: "EUR" }, context)).toBeNull();
  });

  it("refuses a code used up, overall or by this customer", () => {
    expect(discountProblem(rules({ usageLimit: 3, timesUsed: 3 }), context)).toBe("DISCOUNT_USAGE_LIMIT");
    expect(discountProblem(rules({ usageLimit: 3, timesUsed: 2 }), context)).toBeNull();
    const once = rules({ perCustomerLimit: 1 });
    expect(discountProblem(once, { ...context, customerUses: 1 })).toBe("DISCOUNT_CUSTOMER_LIMIT");
    expect(discountProblem(once, { ...context, customerUses: 0 })).toBeNull();
    // An anonymous shopper is checked when checkout learns their email.
    expect(discountProblem(once, { ...context, customerUses: null })).toBeNull();
  });

  it("refuses a cart below the minimum, the minimum itself being enough", () => {
    expect(discountProblem(rules({ minimumSubtotal: 5001 }), context)).toBe("DISCOUNT_MINIMUM_NOT_MET");
    expect(discountProblem(rules({ minimumSubtotal: 5000 }), context)).toBeNull();
  });

  it("names what the shopper cannot change before what they can", () => {
    const everything = rules({ active: false, usageLimit: 1, timesUsed: 1, minimumSubtotal: 9999 });
    expect(discountProblem(everything, context)).toBe("DISCOUNT_NOT_ACTIVE");
    expect(discountProblem({ ...everything, active: true }, context)).toBe("DISCOUNT_USAGE_LIMIT");
  });
});
