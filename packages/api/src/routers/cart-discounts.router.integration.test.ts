import { createTestUser } from "@comptoir/auth/testing";
import { createTestProduct } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { domainCodeOf, fieldErrorsFromError } from "../errors";
import { callerFor, loggedInCaller } from "../testing/callers";

async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return { code: error.code, domain: domainCodeOf(error), fields: fieldErrorsFromError(error) };
}

describe("cart router: discount codes", () => {
  const database = useTestDatabase("api_cart_discounts");
  let variantId = "";

  beforeAll(async () => {
    const product = await createTestProduct(database.db, { variants: [{ priceAmount: 1200, stock: 50 }] });
    ({ id: variantId } = await database.db.variant.findFirstOrThrow({
      where: { productId: product.id },
      select: { id: true },
    }));
    await database.db.discountCode.createMany({
      data: [
        { code: "BIENVENUE10", kind: "PERCENTAGE", percentOff: 10, perCustomerLimit: 1 },
        { code: "CAFE5", kind: "FIXED_AMOUNT", amountOff: 500, currency: "EUR", minimumSubtotal: 4000 },
        { code: "EXPIRED", kind: "PERCENTAGE", percentOff: 20, endsAt: new Date(Date.now() - 86_400_000) },
        { code: "OFF", kind: "PERCENTAGE", percentOff: 20, active: false },
        { code: "USEDUP", kind: "PERCENTAGE", percentOff: 20, usageLimit: 1, timesUsed: 1 },
      ],
    });
  });

  it("applies a valid code, typed in any case", async () => {
    const { api } = await callerFor(database.db, "storefront");
    const { cartId } = await api.cart.addItem({ locale: "fr", variantId, quantity: 4 });
    const result = await api.cart.applyDiscount({ cartId, locale: "fr", code: "cafe5" });
    expect(result).toMatchObject({ cartId, cart: { discount: { code: "CAFE5", amount: 500 } } });
  });

  it("refuses a code for each rule it breaks, and leaves the cart without it", async () => {
    const { api } = await callerFor(database.db, "storefront");
    const { cartId } = await api.cart.addItem({ locale: "fr", variantId, quantity: 1 });
    const apply = (code: string) => refusal(api.cart.applyDiscount({ cartId, locale: "fr", code }));
    expect(await apply("NOPE")).toMatchObject({ code: "NOT_FOUND", domain: "DISCOUNT_NOT_FOUND" });
    expect(await apply("EXPIRED")).toMatchObject({ code: "BAD_REQUEST", domain: "DISCOUNT_NOT_ACTIVE" });
    expect(await apply("OFF")).toMatchObject({ code: "BAD_REQUEST", domain: "DISCOUNT_NOT_ACTIVE" });
    expect(await apply("USEDUP")).toMatchObject({ code: "CONFLICT", domain: "DISCOUNT_USAGE_LIMIT" });
    expect(await apply("CAFE5")).toMatchObject({ code: "BAD_REQUEST", domain: "DISCOUNT_MINIMUM_NOT_MET" });
    expect(await apply("10% OFF")).toMatchObject({
      code: "BAD_REQUEST",
      fields: { code: ["validation.discount_code"] },
    });
    expect((await api.cart.get({ cartId, locale: "fr" })).discount).toBeNull();
    expect(await refusal(api.cart.applyDiscount({ locale: "fr", code: "BIENVENUE10" }))).toMatchObject({
      domain: "CART_EMPTY",
    });
  });

  it("refuses a once-per-customer code to a customer who has used it", async () => {
    const customer = await createTestUser(database.db);
    const order = await database.db.order.create({
      data: {
        email: customer.email,
        userId: customer.id,
        locale: "fr",
        currency: "EUR",
        pricesIncludeTax: true,
        shippingAddress: {},
        shippingMethod: {},
        taxLines: [],
        subtotalAmount: 1200,
        discountAmount: 120,
        shippingAmount: 490,
        taxAmount: 262,
        totalAmount: 1570,
      },
      select: { id: true },
    });
    const welcome = await database.db.discountCode.findUniqueOrThrow({ where: { code: "BIENVENUE10" } });
    await database.db.discountRedemption.create({
      data: { discountCodeId: welcome.id, orderId: order.id, email: customer.email, userId: customer.id },
    });
    const { api } = await loggedInCaller(database.db, "storefront", customer.id);
    await api.cart.addItem({ locale: "fr", variantId, quantity: 1 });
    expect(await refusal(api.cart.applyDiscount({ locale: "fr", code: "BIENVENUE10" }))).toMatchObject({
      code: "CONFLICT",
      domain: "DISCOUNT_CUSTOMER_LIMIT",
    });
    // Another customer may still use it.
    const other = await createTestUser(database.db);
    const { api: otherApi } = await loggedInCaller(database.db, "storefront", other.id);
    await otherApi.cart.addItem({ locale: "fr", variantId, quantity: 1 });
    const applied = await otherApi.cart.applyDiscount({ locale: "fr", code: "BIENVENUE10" });
    expect(applied.cart.discount).toEqual({ code: "BIENVENUE10", kind: "PERCENTAGE", amount: 120 });
  });
});
