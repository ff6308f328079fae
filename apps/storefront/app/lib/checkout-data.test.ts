import { CA_PROVINCES, SHIPPING_COUNTRIES } from "@comptoir/validators";
import { describe, expect, it } from "vitest";
import {
  CHECKOUT_COUNTRIES,
  CHECKOUT_PROVINCES,
  destinationOf,
  fieldOfPath,
  hasCheckoutErrors,
  isCartProblem,
} from "./checkout-data";

describe("the form's lists", () => {
  it("are the validators' own", () => {
    expect(CHECKOUT_COUNTRIES).toEqual(SHIPPING_COUNTRIES);
    expect(CHECKOUT_PROVINCES).toEqual(CA_PROVINCES);
  });
});

describe("destinationOf", () => {
  it("keeps a shipping country, and a province for Canada only", () => {
    expect(destinationOf({ country: "CA", region: "qc" })).toEqual({ country: "CA", region: "QC" });
    expect(destinationOf({ country: " ca ", region: "ON" })).toEqual({ country: "CA", region: "ON" });
    expect(destinationOf({ country: "FR", region: "QC" })).toEqual({ country: "FR", region: null });
    expect(destinationOf({ country: "CA", region: "ZZ" })).toEqual({ country: "CA", region: null });
    expect(destinationOf({ country: "CA" })).toEqual({ country: "CA", region: null });
  });

  it("falls back to France for anything else", () => {
    expect(destinationOf({})).toEqual({ country: "FR", region: null });
    expect(destinationOf({ country: null, region: null })).toEqual({ country: "FR", region: null });
    expect(destinationOf({ country: "US", region: "NY" })).toEqual({ country: "FR", region: null });
    expect(destinationOf({ country: "<script>" })).toEqual({ country: "FR", region: null });
  });
});

describe("fieldOfPath", () => {
  it("finds the form field of an input path", () => {
    expect(fieldOfPath(["email"])).toBe("email");
    expect(fieldOfPath(["address", "postalCode"])).toBe("postalCode");
    expect(fieldOfPath("address.region")).toBe("region");
    expect(fieldOfPath("shippingRateId")).toBe("shippingRateId");
  });

  it("has none for what the form does not show", () => {
    expect(fieldOfPath(["cartId"])).toBeNull();
    expect(fieldOfPath("locale")).toBeNull();
    expect(fieldOfPath([])).toBeNull();
    expect(fieldOfPath("address")).toBeNull();
    expect(fieldOfPath(["address", "unknown"])).toBeNull();
    expect(fieldOfPath(["email", "nested"])).toBeNull();
  });
});

describe("isCartProblem", () => {
  it("names the refusals that only a change to the cart fixes", () => {
    for (const code of [
      "INSUFFICIENT_STOCK",
      "OUT_OF_STOCK",
      "CART_CHANGED",
      "CART_EMPTY",
      "DISCOUNT_USAGE_LIMIT",
    ]) {
      expect(isCartProblem(code)).toBe(true);
    }
    for (const code of ["PAYMENT_UNAVAILABLE", "RATE_LIMITED", "SHIPPING_UNAVAILABLE", "BAD_REQUEST"]) {
      expect(isCartProblem(code)).toBe(false);
    }
    expect(isCartProblem(null)).toBe(false);
  });
});

describe("hasCheckoutErrors", () => {
  it("is true with a field error or a form error", () => {
    expect(hasCheckoutErrors({}, null)).toBe(false);
    expect(hasCheckoutErrors({ email: "validation.email" }, null)).toBe(true);
    expect(hasCheckoutErrors({}, "PAYMENT_UNAVAILABLE")).toBe(true);
  });
});
