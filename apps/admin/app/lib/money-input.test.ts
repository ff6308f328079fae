import { describe, expect, it } from "vitest";
import { parseMajorAmount } from "./money-input";

describe("parseMajorAmount", () => {
  it("reads amounts as French and English staff type them", () => {
    expect(parseMajorAmount("12,50", "EUR")).toBe(1250);
    expect(parseMajorAmount("12.5", "EUR")).toBe(1250);
    expect(parseMajorAmount("1 234,00", "EUR")).toBe(123_400);
    expect(parseMajorAmount(" 7 ", "EUR")).toBe(700);
    expect(parseMajorAmount("500", "JPY")).toBe(500);
  });

  it("refuses what is not a plain positive amount", () => {
    for (const text of ["", "-5", "12,505", "1e3", "12,5,0", "douze", "5 JPY"]) {
      expect(parseMajorAmount(text, "EUR"), text).toBeNull();
    }
    expect(parseMajorAmount("5.5", "JPY")).toBeNull();
  });
});
