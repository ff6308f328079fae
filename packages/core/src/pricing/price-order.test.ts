import { describe, expect, it } from "vitest";
import { priceOrder } from "./price-order";
import type { PricingInput, PricingResult } from "./types";

const VAT_FR = [{ code: "VAT", ratePpm: 200_000 }];
const QC = [
  { code: "GST", ratePpm: 50_000 },
  { code: "QST", ratePpm: 99_750 },
];
const FR_STANDARD = { amount: 490, freeOverAmount: 6000 };
const percent = (percentOff: number) => ({ kind: "PERCENTAGE" as const, percentOff, amountOff: null });
const fixed = (amountOff: number) => ({ kind: "FIXED_AMOUNT" as const, percentOff: null, amountOff });

const base: PricingInput = { lines: [], discount: null, shipping: null, taxes: [], pricesIncludeTax: true };

/** Every per-line amount must add up to the order's: orders snapshot both. */
function expectConsistent(result: PricingResult) {
  const add = (pick: (line: PricingResult["lines"][number]) => number) =>
    result.lines.reduce((acc, line) => acc + pick(line), 0);
  const { totals } = result;
  expect(add((line) => line.subtotal)).toBe(totals.subtotal);
  expect(add((line) => line.discount)).toBe(totals.discount);
  expect(add((line) => line.tax) + totals.shippingTax).toBe(totals.tax);
  expect(totals.taxLines.reduce((acc, line) => acc + line.amount, 0)).toBe(totals.tax);
  const shippingTotal = (totals.shipping ?? 0) + (totals.pricesIncludeTax ? 0 : totals.shippingTax);
  expect(add((line) => line.total) + shippingTotal).toBe(totals.total);
  for (const line of result.lines) {
    expect(line.discount).toBeLessThanOrEqual(line.subtotal);
    expect(line.total).toBeGreaterThanOrEqual(0);
  }
  expect(totals.total).toBeGreaterThanOrEqual(0);
}

describe("priceOrder", () => {
  it("extracts French VAT included in the prices and shipping", () => {
    const result = priceOrder({
      ...base,
      lines: [
        { unitAmount: 1290, quantity: 2 },
        { unitAmount: 850, quantity: 1 },
      ],
      shipping: FR_STANDARD,
      taxes: VAT_FR,
    });
    // 3920 × 20/120 = 653.33 → 653, shared 430 / 141 / 82 in proportion to 2580 / 850 / 490.
    expect(result.totals).toEqual({
      subtotal: 3430,
      discount: 0,
      shipping: 490,
      shippingFree: false,
      shippingTax: 82,
      tax: 653,
      taxLines: [{ code: "VAT", ratePpm: 200_000, amount: 653 }],
      total: 3920,
      pricesIncludeTax: true,
    });
    expect(result.lines.map((line) => [line.subtotal, line.tax, line.total])).toEqual([
      [2580, 430, 2580],
      [850, 141, 850],
    ]);
    expectConsistent(result);
  });

  it("adds Québec's GST and QST, each rounded once, shipping taxed too", () => {
    const result = priceOrder({
      ...base,
      pricesIncludeTax: false,
      lines: [{ unitAmount: 1000, quantity: 1 }],
      shipping: { amount: 1490, freeOverAmount: null },
      taxes: QC,
    });
    // Base 2490: GST 124.5 → 125 (half-up), QST 248.3775 → 248.
    expect(result.totals.taxLines).toEqual([
      { code: "GST", ratePpm: 50_000, amount: 125 },
      { code: "QST", ratePpm: 99_750, amount: 248 },
    ]);
    expect(result.totals).toMatchObject({ tax: 373, shippingTax: 223, total: 2863 });
    expect(result.lines[0]).toMatchObject({ subtotal: 1000, tax: 150, total: 1150 });
    expectConsistent(result);
  });

  it("extracts both Québec taxes from the same gross amount when prices include them", () => {
    const result = priceOrder({ ...base, lines: [{ unitAmount: 1000, quantity: 1 }], taxes: QC });
    // 1000 / 1.14975 = 869.75 net: GST 43.49 → 43, QST 86.76 → 87.
    expect(result.totals.taxLines.map((line) => line.amount)).toEqual([43, 87]);
    expect(result.totals).toMatchObject({ tax: 130, total: 1000, shipping: null, shippingTax: 0 });
    expectConsistent(result);
  });

  it("rounds .5 cases up, included and added", () => {
    const included = priceOrder({ ...base, lines: [{ unitAmount: 3, quantity: 1 }], taxes: VAT_FR });
    expect(included.totals.tax).toBe(1); // 3 × 20/120 = 0.5
    const added = priceOrder({
      ...base,
      pricesIncludeTax: false,
      lines: [{ unitAmount: 10, quantity: 1 }],
      taxes: [{ code: "GST", ratePpm: 50_000 }],
    });
    expect(added.totals).toMatchObject({ tax: 1, total: 11 }); // 10 × 5 % = 0.5
    const discounted = priceOrder({
      ...base,
      lines: [{ unitAmount: 5, quantity: 1 }],
      discount: percent(10),
    });
    expect(discounted.totals).toMatchObject({ discount: 1, total: 4 }); // 0.5
  });

  it("prices 1-cent items without losing or inventing a cent", () => {
    const single = priceOrder({
      ...base,
      pricesIncludeTax: false,
      lines: [{ unitAmount: 1, quantity: 1 }],
      taxes: VAT_FR,
    });
    expect(single.totals).toMatchObject({ subtotal: 1, tax: 0, total: 1 });
    const three = priceOrder({
      ...base,
      lines: [
        { unitAmount: 1, quantity: 1 },
        { unitAmount: 1, quantity: 1 },
        { unitAmount: 1, quantity: 1 },
      ],
      discount: percent(50),
      taxes: VAT_FR,
    });
    // 1.5 → 2 cents off, one cent on each of the first two lines.
    expect(three.lines.map((line) => line.discount)).toEqual([1, 1, 0]);
    expect(three.totals).toMatchObject({ discount: 2, total: 1 });
    expectConsistent(three);
  });

  it("gives everything away at 100 % but still charges (taxed) shipping", () => {
    const result = priceOrder({
      ...base,
      lines: [
        { unitAmount: 333, quantity: 3 },
        { unitAmount: 1, quantity: 1 },
      ],
      discount: percent(100),
      shipping: FR_STANDARD,
      taxes: VAT_FR,
    });
    expect(result.lines.map((line) => [line.discount, line.tax, line.total])).toEqual([
      [999, 0, 0],
      [1, 0, 0],
    ]);
    expect(result.totals).toMatchObject({
      discount: 1000,
      shipping: 490,
      shippingTax: 82,
      tax: 82,
      total: 490,
    });
    expectConsistent(result);
  });

  it("caps a fixed discount larger than the subtotal at the subtotal", () => {
    const result = priceOrder({
      ...base,
      pricesIncludeTax: false,
      lines: [
        { unitAmount: 700, quantity: 1 },
        { unitAmount: 500, quantity: 1 },
      ],
      discount: fixed(5000),
      taxes: VAT_FR,
    });
    expect(result.lines.map((line) => line.discount)).toEqual([700, 500]);
    expect(result.totals).toMatchObject({ subtotal: 1200, discount: 1200, tax: 0, total: 0 });
    expectConsistent(result);
  });

  it("ships free once the discounted subtotal reaches the threshold", () => {
    const at = priceOrder({ ...base, lines: [{ unitAmount: 6000, quantity: 1 }], shipping: FR_STANDARD });
    expect(at.totals).toMatchObject({ shipping: 0, shippingFree: true, total: 6000 });
    const under = priceOrder({
      ...base,
      lines: [{ unitAmount: 6500, quantity: 1 }],
      discount: percent(10),
      shipping: FR_STANDARD,
    });
    expect(under.totals).toMatchObject({ discount: 650, shipping: 490, shippingFree: false, total: 6340 });
  });

  it("prices a cart of 99 × items and of many large lines exactly", () => {
    const ninetyNine = priceOrder({
      ...base,
      lines: [{ unitAmount: 1999, quantity: 99 }],
      discount: percent(15),
      shipping: FR_STANDARD,
      taxes: VAT_FR,
    });
    // 197901 × 15 % = 29685.15 → 29685; free shipping; VAT 168216 / 6 = 28036.
    expect(ninetyNine.totals).toMatchObject({
      subtotal: 197_901,
      discount: 29_685,
      shipping: 0,
      tax: 28_036,
      total: 168_216,
    });
    expectConsistent(ninetyNine);

    const lines = Array.from({ length: 50 }, (_, index) => ({
      unitAmount: 99_999_999 - index,
      quantity: 99,
    }));
    const large = priceOrder({ ...base, pricesIncludeTax: false, lines, discount: percent(33), taxes: QC });
    expectConsistent(large);
    expect(large.totals.subtotal).toBe(lines.reduce((acc, line) => acc + line.unitAmount * 99, 0));
  });

  it("keeps every amount consistent over many varied carts", () => {
    let seed = 7;
    const next = (max: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % max;
    };
    for (let round = 0; round < 300; round++) {
      const result = priceOrder({
        lines: Array.from({ length: 1 + next(8) }, () => ({
          unitAmount: 1 + next(20_000),
          quantity: 1 + next(99),
        })),
        discount: next(3) === 0 ? null : next(2) ? percent(1 + next(100)) : fixed(1 + next(50_000)),
        shipping: next(2) ? { amount: next(3000), freeOverAmount: next(2) ? next(100_000) : null } : null,
        taxes: [VAT_FR, QC, []][next(3)] ?? [],
        pricesIncludeTax: next(2) === 0,
      });
      expectConsistent(result);
    }
  });

  it("rejects quantities and prices that are not positive integers", () => {
    expect(() => priceOrder({ ...base, lines: [{ unitAmount: 100, quantity: 0 }] })).toThrow(RangeError);
    expect(() => priceOrder({ ...base, lines: [{ unitAmount: 100, quantity: 1.5 }] })).toThrow(RangeError);
    expect(() => priceOrder({ ...base, lines: [{ unitAmount: -1, quantity: 1 }] })).toThrow(RangeError);
  });

  it("keeps whatever extra fields the lines carry", () => {
    const result = priceOrder({ ...base, lines: [{ variantId: "v1", unitAmount: 100, quantity: 2 }] });
    expect(result.lines[0]).toMatchObject({ variantId: "v1", subtotal: 200, total: 200 });
  });
});
