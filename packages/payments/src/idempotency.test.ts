import { describe, expect, it } from "vitest";
import { checkoutSessionKey, expireSessionKey, refundKey } from "./idempotency";

describe("idempotency keys", () => {
  it("derive stable keys from business ids", () => {
    expect(checkoutSessionKey("clx9order")).toBe("checkout:clx9order");
    expect(checkoutSessionKey("clx9order")).toBe(checkoutSessionKey("clx9order"));
    expect(checkoutSessionKey("clx9order", 2)).toBe("checkout:clx9order:2");
    expect(refundKey("clx9order", 1)).toBe("refund:clx9order:1");
    expect(refundKey("clx9order", 2)).not.toBe(refundKey("clx9order", 1));
    expect(expireSessionKey("cs_test_abc")).toBe("expire:cs_test_abc");
  });

  it("refuse ids and numbers that would make ambiguous or invalid keys", () => {
    expect(() => checkoutSessionKey("")).toThrow(RangeError);
    expect(() => checkoutSessionKey("a:b")).toThrow(RangeError);
    expect(() => checkoutSessionKey("order", 0)).toThrow(RangeError);
    expect(() => refundKey("order", 1.5)).toThrow(RangeError);
    expect(() => refundKey("x".repeat(300), 1)).toThrow("at most 255");
  });
});
