// Integer-only money arithmetic. Amounts are integers in minor units; intermediate products
// (amount × rate in ppm, amount × weight) can pass 2^53, so they are computed with BigInt.

/** Parts per million in one whole: a rate of 200000 ppm is 20 %. */
export const PPM = 1_000_000n;

function assertAmount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative safe integer, got ${value}`);
  }
}

/** numerator / denominator rounded half-up, for non-negative operands (0.5 rounds to 1). */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n || numerator < 0n) throw new RangeError("divideHalfUp takes a positive denominator");
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** Back to a number, refusing anything a JavaScript number cannot hold exactly. */
export function toAmount(value: bigint): number {
  if (value < 0n || value > BigInt(Number.MAX_SAFE_INTEGER))
    throw new RangeError(`amount out of range: ${value}`);
  return Number(value);
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/**
 * Splits `total` into parts proportional to `weights` that add up to `total` exactly
 * (largest remainder method). Each part is its exact share rounded down; the units left over go,
 * one each, to the parts with the largest dropped fractions, the earlier part first on a tie.
 * No part ever exceeds its exact share rounded up, so a share of a discount never exceeds its line.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  assertAmount(total, "total");
  weights.forEach((weight) => assertAmount(weight, "weight"));
  const weightSum = BigInt(sum(weights));
  if (weightSum === 0n) {
    if (total !== 0) throw new RangeError("cannot allocate a non-zero total over zero weights");
    return weights.map(() => 0);
  }
  const shares = weights.map((weight, index) => {
    const exact = BigInt(total) * BigInt(weight);
    return { index, floor: exact / weightSum, remainder: exact % weightSum };
  });
  let leftover = BigInt(total) - shares.reduce((acc, share) => acc + share.floor, 0n);
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const share of byRemainder) {
    if (leftover === 0n) break;
    share.floor += 1n;
    leftover -= 1n;
  }
  return shares.map((share) => toAmount(share.floor));
}
