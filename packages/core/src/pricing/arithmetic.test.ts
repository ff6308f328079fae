import { describe, expect, it } from "vitest";
import { allocate, divideHalfUp, toAmount } from "./arithmetic";

/** A small deterministic generator, so a failing case can be replayed. */
function pseudoRandom(seed: number) {
  let state = seed;
  return (max: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % max;
  };
}

describe("divideHalfUp", () => {
  it("rounds halves up and everything else to the nearest unit", () => {
    expect(divideHalfUp(5n, 10n)).toBe(1n);
    expect(divideHalfUp(4n, 10n)).toBe(0n);
    expect(divideHalfUp(15n, 10n)).toBe(2n);
    expect(divideHalfUp(25n, 10n)).toBe(3n);
    expect(divideHalfUp(149n, 100n)).toBe(1n);
    expect(divideHalfUp(0n, 7n)).toBe(0n);
  });

  it("refuses a zero denominator or a negative numerator", () => {
    expect(() => divideHalfUp(1n, 0n)).toThrow(RangeError);
    expect(() => divideHalfUp(-1n, 2n)).toThrow(RangeError);
  });

  it("keeps exact results far beyond 2^53 in intermediate products", () => {
    const big = 9_007_199_254_740_993n * 3n;
    expect(divideHalfUp(big, 3n)).toBe(9_007_199_254_740_993n);
    expect(() => toAmount(9_007_199_254_740_993n)).toThrow(RangeError);
  });
});

describe("allocate", () => {
  it("splits by the largest remainder, earlier parts first on a tie", () => {
    expect(allocate(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocate(100, [0, 50, 50])).toEqual([0, 50, 50]);
    expect(allocate(7, [1, 2, 4])).toEqual([1, 2, 4]);
    expect(allocate(653, [2580, 850, 490])).toEqual([430, 141, 82]);
  });

  it("never gives a part more than its weight when the total is below the weights' sum", () => {
    // Rounding every part down loses up to one unit per part: piling the leftover on one part
    // would push it past its weight (100 + 2 here).
    expect(allocate(299, [100, 100, 100])).toEqual([100, 100, 99]);
  });

  it("handles nothing to split", () => {
    expect(allocate(0, [0, 0])).toEqual([0, 0]);
    expect(allocate(0, [])).toEqual([]);
    expect(() => allocate(5, [0, 0])).toThrow(RangeError);
    expect(() => allocate(1.5, [1])).toThrow(RangeError);
  });

  it("always adds up exactly, whatever the weights", () => {
    const random = pseudoRandom(42);
    for (let round = 0; round < 500; round++) {
      const weights = Array.from({ length: 1 + random(12) }, () =>
        random(3) === 0 ? 0 : 1 + random(500_000),
      );
      const weightSum = weights.reduce((a, b) => a + b, 0);
      if (weightSum === 0) continue;
      const total = random(weightSum + 1);
      const parts = allocate(total, weights);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      parts.forEach((part, index) => {
        expect(part).toBeGreaterThanOrEqual(0);
        expect(part).toBeLessThanOrEqual(weights[index] ?? 0);
      });
    }
  });
});
