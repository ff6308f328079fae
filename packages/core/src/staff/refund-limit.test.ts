import { describe, expect, it } from "vitest";
import { isDomainError } from "../errors";
import { assertRefundWithinLimit } from "./refund-limit";

const limit = { amount: 10_000, currency: "EUR" };
const refused = (call: () => void) => {
  try {
    call();
    return false;
  } catch (error) {
    return isDomainError(error, "FORBIDDEN");
  }
};

describe("the manager refund limit", () => {
  it("lets managers refund up to the limit, in its currency", () => {
    expect(
      refused(() => assertRefundWithinLimit("MANAGER", { amount: 10_000, currency: "EUR" }, limit)),
    ).toBe(false);
    expect(
      refused(() => assertRefundWithinLimit("MANAGER", { amount: 10_001, currency: "EUR" }, limit)),
    ).toBe(true);
    expect(refused(() => assertRefundWithinLimit("MANAGER", { amount: 100, currency: "CAD" }, limit))).toBe(
      true,
    );
  });

  it("does not limit admins and owners, and gives no refunds to anyone else", () => {
    for (const role of ["ADMIN", "OWNER"] as const) {
      expect(
        refused(() => assertRefundWithinLimit(role, { amount: 1_000_000, currency: "CAD" }, limit)),
      ).toBe(false);
    }
    for (const role of ["SUPPORT", "CUSTOMER"] as const) {
      expect(refused(() => assertRefundWithinLimit(role, { amount: 1, currency: "EUR" }, limit))).toBe(true);
    }
  });
});
