import { describe, expect, it } from "vitest";
import { isDomainError } from "../errors";
import { assertLineQuantity, lineProblem, mergedQuantity } from "./line-rules";

const codeOf = (work: () => void) => {
  try {
    work();
    return null;
  } catch (error) {
    return isDomainError(error) ? error.code : error;
  }
};

describe("assertLineQuantity", () => {
  it("names what stops a line, nothing left first", () => {
    expect(codeOf(() => assertLineQuantity(1, 0, "v"))).toBe("OUT_OF_STOCK");
    expect(codeOf(() => assertLineQuantity(100, 500, "v"))).toBe("QUANTITY_LIMIT");
    expect(codeOf(() => assertLineQuantity(4, 3, "v"))).toBe("INSUFFICIENT_STOCK");
    expect(codeOf(() => assertLineQuantity(3, 3, "v"))).toBeNull();
    expect(codeOf(() => assertLineQuantity(99, 99, "v"))).toBeNull();
  });
});

describe("lineProblem", () => {
  it("reports unavailable, then out of stock, then short", () => {
    expect(lineProblem({ quantity: 1, stock: 0, purchasable: false })).toBe("UNAVAILABLE");
    expect(lineProblem({ quantity: 1, stock: 0, purchasable: true })).toBe("OUT_OF_STOCK");
    expect(lineProblem({ quantity: 3, stock: 2, purchasable: true })).toBe("INSUFFICIENT_STOCK");
    expect(lineProblem({ quantity: 2, stock: 2, purchasable: true })).toBeNull();
  });
});

describe("mergedQuantity", () => {
  it("adds up, capped by stock and the per-line limit, never below what the customer had", () => {
    expect(mergedQuantity(2, 5, 20)).toBe(7);
    expect(mergedQuantity(3, 3, 4)).toBe(4);
    expect(mergedQuantity(98, 5, 500)).toBe(99);
    expect(mergedQuantity(5, 2, 3)).toBe(5);
    expect(mergedQuantity(0, 2, 0)).toBe(0);
  });
});
