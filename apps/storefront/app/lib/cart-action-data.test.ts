import { MAX_LINE_QUANTITY as API_MAX_LINE_QUANTITY } from "@comptoir/validators";
import { describe, expect, it } from "vitest";
import { cartErrorFor, MAX_LINE_QUANTITY, type CartActionData } from "./cart-action-data";

describe("MAX_LINE_QUANTITY", () => {
  it("is the API's limit", () => {
    expect(MAX_LINE_QUANTITY).toBe(API_MAX_LINE_QUANTITY);
  });
});

describe("cartErrorFor", () => {
  const failure: CartActionData = {
    ok: false,
    intent: "update",
    variantId: "v1",
    error: "INSUFFICIENT_STOCK",
    values: { quantity: "9" },
  };

  it("finds the failure of the same form and line only", () => {
    expect(cartErrorFor(failure, "update", "v1")).toBe(failure);
    expect(cartErrorFor(failure, ["update", "remove"], "v1")).toBe(failure);
    expect(cartErrorFor(failure, "update", "v2")).toBeNull();
    expect(cartErrorFor(failure, "applyDiscount")).toBeNull();
  });

  it("has nothing to show after a success or before any submission", () => {
    expect(cartErrorFor(undefined, "update", "v1")).toBeNull();
    expect(
      cartErrorFor({ ok: true, intent: "update", variantId: "v1", itemCount: 2 }, "update", "v1"),
    ).toBeNull();
  });
});
