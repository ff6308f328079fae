import { useTestDatabase } from "@comptoir/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { isDomainError } from "../errors";
import { createTestProduct } from "../testing";
import { addItem, updateItem } from "./change-line";
import { applyDiscount, removeDiscount } from "./discounts";
import { createCustomer, createDiscount, createRedemption, createSellingTerms } from "./test-fixtures";

const DAY = 24 * 60 * 60 * 1000;

describe("discount codes on a cart", () => {
  const database = useTestDatabase("cart_discounts");
  const locale = "fr" as const;
  let variantId = "";

  beforeAll(async () => {
    await createSellingTerms(database.db);
    const { id } = await createTestProduct(database.db, { variants: [{ priceAmount: 1000, stock: 99 }] });
    ({ id: variantId } = await database.db.variant.findFirstOrThrow({
      where: { productId: id },
      select: { id: true },
    }));
  });

  async function cartWorth(units: number, userId?: string) {
    const { cartId } = await addItem(database.db, { userId, locale, variantId, quantity: units });
    return cartId;
  }

  async function refusal(cartId: string | null, code: string, userId?: string) {
    const error = await applyDiscount(database.db, { cartId, userId, locale, code }).catch(
      (caught: unknown) => caught,
    );
    if (!isDomainError(error)) throw error;
    const cart = cartId
      ? await database.db.cart.findUnique({ where: { id: cartId }, select: { discountCodeId: true } })
      : null;
    expect(cart?.discountCodeId ?? null, "a refused code is not attached").toBeNull();
    return error.code;
  }

  it("applies a percentage code typed in lower case and shows what it takes off", async () => {
    const { code } = await createDiscount(database.db, { percentOff: 15 });
    const cartId = await cartWorth(3);
    const result = await applyDiscount(database.db, { cartId, locale, code: ` ${code.toLowerCase()} ` });
    expect(result.cart.discount).toEqual({ code, kind: "PERCENTAGE", amount: 450 });
    // 2550 of goods, VAT included: 425.
    expect(result.cart.totals).toMatchObject({ subtotal: 3000, discount: 450, tax: 425, total: 2550 });
  });

  it("applies a fixed amount, never beyond the subtotal, and replaces the previous code", async () => {
    const first = await createDiscount(database.db, { percentOff: 5 });
    const big = await createDiscount(database.db, {
      kind: "FIXED_AMOUNT",
      percentOff: null,
      amountOff: 5000,
      currency: "EUR",
    });
    const cartId = await cartWorth(2);
    await applyDiscount(database.db, { cartId, locale, code: first.code });
    const result = await applyDiscount(database.db, { cartId, locale, code: big.code });
    expect(result.cart.discount).toEqual({ code: big.code, kind: "FIXED_AMOUNT", amount: 2000 });
    expect(result.cart.totals).toMatchObject({ discount: 2000, tax: 0, total: 0 });
  });

  it("refuses a code for each rule it breaks", async () => {
    const now = Date.now();
    const cartId = await cartWorth(2);
    const customer = await createCustomer(database.db);
    const customerCart = await cartWorth(2, customer.id);
    const codes = {
      off: await createDiscount(database.db, { active: false }),
      future: await createDiscount(database.db, { startsAt: new Date(now + DAY) }),
      expired: await createDiscount(database.db, {
        startsAt: new Date(now - 2 * DAY),
        endsAt: new Date(now - DAY),
      }),
      dollars: await createDiscount(database.db, {
        kind: "FIXED_AMOUNT",
        percentOff: null,
        amountOff: 500,
        currency: "CAD",
      }),
      usedUp: await createDiscount(database.db, { usageLimit: 2, timesUsed: 2 }),
      once: await createDiscount(database.db, { perCustomerLimit: 1 }),
      minimum: await createDiscount(database.db, { minimumSubtotal: 4000 }),
    };
    await createRedemption(database.db, codes.once.id, { email: customer.email, userId: customer.id });

    expect(await refusal(cartId, "NOSUCHCODE")).toBe("DISCOUNT_NOT_FOUND");
    expect(await refusal(cartId, codes.off.code)).toBe("DISCOUNT_NOT_ACTIVE");
    expect(await refusal(cartId, codes.future.code)).toBe("DISCOUNT_NOT_ACTIVE");
    expect(await refusal(cartId, codes.expired.code)).toBe("DISCOUNT_NOT_ACTIVE");
    expect(await refusal(cartId, codes.dollars.code)).toBe("DISCOUNT_NOT_ACTIVE");
    expect(await refusal(cartId, codes.usedUp.code)).toBe("DISCOUNT_USAGE_LIMIT");
    expect(await refusal(customerCart, codes.once.code, customer.id)).toBe("DISCOUNT_CUSTOMER_LIMIT");
    expect(await refusal(cartId, codes.minimum.code)).toBe("DISCOUNT_MINIMUM_NOT_MET");
    expect(await refusal(null, codes.minimum.code)).toBe("CART_EMPTY");
    // A guest is checked against the limit at checkout, once their email is known.
    const guest = await applyDiscount(database.db, { cartId, locale, code: codes.once.code });
    expect(guest.cart.discount?.amount).toBe(200);
  });

  it("keeps a code whose minimum is no longer met, giving nothing until the cart reaches it again", async () => {
    const { code } = await createDiscount(database.db, {
      kind: "FIXED_AMOUNT",
      percentOff: null,
      amountOff: 500,
      currency: "EUR",
      minimumSubtotal: 4000,
    });
    const cartId = await cartWorth(4);
    expect((await applyDiscount(database.db, { cartId, locale, code })).cart.totals.discount).toBe(500);
    const below = await updateItem(database.db, { cartId, locale, variantId, quantity: 3 });
    expect(below.cart.discount).toEqual({ code, kind: "FIXED_AMOUNT", amount: 0 });
    expect(below.cart.totals.total).toBe(3000);
    const back = await updateItem(database.db, { cartId, locale, variantId, quantity: 5 });
    expect(back.cart.discount?.amount).toBe(500);
  });

  it("removes the code, and does nothing without a cart", async () => {
    const { code } = await createDiscount(database.db);
    const cartId = await cartWorth(1);
    await applyDiscount(database.db, { cartId, locale, code });
    const removed = await removeDiscount(database.db, { cartId, locale });
    expect(removed.cart).toMatchObject({ id: cartId, discount: null, totals: { discount: 0, total: 1000 } });
    expect(await removeDiscount(database.db, { locale })).toMatchObject({ cartId: null, cart: { id: null } });
  });
});
