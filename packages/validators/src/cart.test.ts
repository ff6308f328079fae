import { describe, expect, it } from "vitest";
import {
  cartAddItemInput,
  cartApplyDiscountInput,
  cartGetInput,
  cartMsg,
  cartShippingOptionsInput,
  cartUpdateItemInput,
} from "./cart";

const messagesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join("."), issue.message]);

describe("cart inputs", () => {
  it("accept a guest without a cart yet", () => {
    expect(cartGetInput.parse({ locale: "fr" })).toEqual({ locale: "fr" });
    expect(cartGetInput.parse({ locale: "en", cartId: null })).toEqual({ locale: "en", cartId: null });
  });

  it("take 1 to 99 whole units to add, 0 to 99 to set", () => {
    const add = (quantity: unknown) =>
      cartAddItemInput.safeParse({ locale: "fr", variantId: "v1", quantity });
    expect(add(1).success).toBe(true);
    expect(add(99).success).toBe(true);
    for (const bad of [0, 100, -1, 1.5, "2", null]) {
      expect(messagesOf(add(bad)), String(bad)).toEqual([["quantity", cartMsg.quantity]]);
    }
    const set = (quantity: number) =>
      cartUpdateItemInput.safeParse({ locale: "fr", variantId: "v1", quantity });
    expect(set(0).success).toBe(true);
    expect(set(100).success).toBe(false);
  });

  it("refuse any field they do not know, such as a price or a currency", () => {
    const tampered = cartAddItemInput.safeParse({
      locale: "fr",
      variantId: "v1",
      quantity: 1,
      priceAmount: 1,
      currency: "USD",
    });
    expect(tampered.success).toBe(false);
    expect(tampered.error?.issues[0]).toMatchObject({
      code: "unrecognized_keys",
      keys: ["priceAmount", "currency"],
    });
  });

  it("refuse ids that could not be row ids", () => {
    for (const variantId of ["", "a b", "../x", "x".repeat(65)]) {
      expect(cartAddItemInput.safeParse({ locale: "fr", variantId, quantity: 1 }).success, variantId).toBe(
        false,
      );
    }
  });

  it("upper-case discount codes and keep them to letters, digits, - and _", () => {
    expect(cartApplyDiscountInput.parse({ locale: "fr", code: " bienvenue10 " }).code).toBe("BIENVENUE10");
    expect(messagesOf(cartApplyDiscountInput.safeParse({ locale: "fr", code: "10% OFF" }))).toEqual([
      ["code", cartMsg.discountCode],
    ]);
    expect(messagesOf(cartApplyDiscountInput.safeParse({ locale: "fr", code: "  " }))).toEqual([
      ["code", "validation.required"],
    ]);
  });

  it("take any two-letter country for shipping options, upper-cased", () => {
    expect(cartShippingOptionsInput.parse({ locale: "fr", country: "ca", region: "qc" })).toMatchObject({
      country: "CA",
      region: "QC",
    });
    expect(messagesOf(cartShippingOptionsInput.safeParse({ locale: "fr", country: "France" }))).toEqual([
      ["country", cartMsg.country],
    ]);
  });
});
