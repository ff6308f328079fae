import { allocate, divideHalfUp, PPM, sum, toAmount } from "./arithmetic";
import type { TaxLine, TaxTerms } from "./types";

/**
 * The taxes on a set of taxable amounts (the lines after discount, then shipping), each tax rounded
 * half-up once on the whole base, then shared out over the amounts so the shares add up exactly.
 *
 * - Added taxes (pricesIncludeTax false): tax = base × rate.
 * - Included taxes (true): the base already holds every tax, so each one is its part of it:
 *   tax = base × rate / (1 + sum of rates). With QST and GST both included, each is extracted from
 *   the same gross amount, never one from the other.
 */
export function computeTaxes(
  bases: readonly number[],
  taxes: readonly TaxTerms[],
  pricesIncludeTax: boolean,
): { taxLines: TaxLine[]; perBase: number[] } {
  const base = BigInt(sum(bases));
  const combined = taxes.reduce((acc, tax) => acc + BigInt(tax.ratePpm), 0n);
  const perBase = bases.map(() => 0);
  const taxLines = taxes.map((tax) => {
    const numerator = base * BigInt(tax.ratePpm);
    const amount = toAmount(divideHalfUp(numerator, pricesIncludeTax ? PPM + combined : PPM));
    allocate(amount, bases).forEach((share, index) => (perBase[index] = (perBase[index] ?? 0) + share));
    return { code: tax.code, ratePpm: tax.ratePpm, amount };
  });
  return { taxLines, perBase };
}
