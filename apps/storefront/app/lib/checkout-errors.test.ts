import { describe, expect, it } from "vitest";
import { checkoutStatusOf, failureOfCode, failureOfFieldErrors } from "./checkout-errors";

describe("failureOfCode", () => {
  it("shows a refused shipping method or destination beside its field", () => {
    expect(failureOfCode("SHIPPING_METHOD_INVALID")).toEqual({
      status: 400,
      fieldErrors: { shippingRateId: "SHIPPING_METHOD_INVALID" },
      formError: null,
    });
    expect(failureOfCode("SHIPPING_UNAVAILABLE")).toEqual({
      status: 400,
      fieldErrors: { country: "SHIPPING_UNAVAILABLE" },
      formError: null,
    });
  });

  it("shows the others above the form, with the status of their kind", () => {
    expect(failureOfCode("INSUFFICIENT_STOCK")).toEqual({
      status: 409,
      fieldErrors: {},
      formError: "INSUFFICIENT_STOCK",
    });
    expect(failureOfCode("DISCOUNT_CUSTOMER_LIMIT")).toMatchObject({
      status: 409,
      formError: "DISCOUNT_CUSTOMER_LIMIT",
    });
    expect(failureOfCode("DISCOUNT_NOT_ACTIVE")).toMatchObject({
      status: 400,
      formError: "DISCOUNT_NOT_ACTIVE",
    });
    expect(failureOfCode("CART_EMPTY")).toMatchObject({ status: 400, formError: "CART_EMPTY" });
  });
});

describe("checkoutStatusOf", () => {
  it("says what kind of refusal it was", () => {
    expect(checkoutStatusOf("RATE_LIMITED")).toBe(429);
    expect(checkoutStatusOf("PAYMENT_UNAVAILABLE")).toBe(503);
    expect(checkoutStatusOf("CART_CHANGED")).toBe(409);
    expect(checkoutStatusOf("OUT_OF_STOCK")).toBe(409);
    expect(checkoutStatusOf("BAD_REQUEST")).toBe(400);
  });
});

describe("failureOfFieldErrors", () => {
  it("places the API's messages on the form's fields, the first one of each", () => {
    expect(
      failureOfFieldErrors({
        email: ["validation.email"],
        "address.postalCode": ["validation.postal_code", "validation.too_long"],
        "address.region": ["validation.region"],
      }),
    ).toEqual({
      status: 400,
      fieldErrors: {
        email: "validation.email",
        postalCode: "validation.postal_code",
        region: "validation.region",
      },
      formError: null,
    });
  });

  it("makes what has no field a form-wide BAD_REQUEST, unless a field explains it already", () => {
    expect(failureOfFieldErrors({ cartId: ["validation.required"] })).toEqual({
      status: 400,
      fieldErrors: {},
      formError: "BAD_REQUEST",
    });
    expect(failureOfFieldErrors({ locale: ["x"], email: ["validation.email"] })).toEqual({
      status: 400,
      fieldErrors: { email: "validation.email" },
      formError: null,
    });
    expect(failureOfFieldErrors({ email: [] })).toMatchObject({ formError: "BAD_REQUEST" });
  });
});
