import { describe, expect, it } from "vitest";
import { deliveryDays, formatRate } from "./checkout-format";

/** French puts a no-break space before "%" (which one depends on the ICU data): compare it as a space. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatRate", () => {
  it("writes a rate as each language writes a percentage", () => {
    expect(plain(formatRate(200_000, "fr"))).toBe("20 %");
    expect(formatRate(200_000, "en")).toBe("20%");
    expect(plain(formatRate(99_750, "fr"))).toBe("9,975 %");
    expect(formatRate(99_750, "en")).toBe("9.975%");
    expect(formatRate(130_000, "en")).toBe("13%");
  });
});

describe("deliveryDays", () => {
  it("gives a range, one number, or nothing", () => {
    expect(deliveryDays(2, 4)).toEqual({ min: 2, max: 4 });
    expect(deliveryDays(3, 3)).toEqual({ count: 3 });
    expect(deliveryDays(null, 5)).toEqual({ count: 5 });
    expect(deliveryDays(1, null)).toEqual({ count: 1 });
    expect(deliveryDays(null, null)).toBeNull();
    expect(deliveryDays(5, 2)).toEqual({ min: 2, max: 5 });
  });
});
