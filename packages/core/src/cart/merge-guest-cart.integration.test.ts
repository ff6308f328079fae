import { useTestDatabase } from "@comptoir/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestProduct } from "../testing";
import { addItem } from "./change-line";
import { applyDiscount } from "./discounts";
import { mergeGuestCart } from "./merge-guest-cart";
import { createCustomer, createDiscount, createSellingTerms } from "./test-fixtures";

describe("mergeGuestCart", () => {
  const database = useTestDatabase("cart_merge");
  const locale = "fr" as const;

  beforeAll(async () => {
    await createSellingTerms(database.db);
  });

  async function variant(stock = 20, currency = "EUR") {
    const { id } = await createTestProduct(database.db, { variants: [{ stock, currency }] });
    return (await database.db.variant.findFirstOrThrow({ where: { productId: id }, select: { id: true } }))
      .id;
  }

  const quantities = async (cartId: string | null) =>
    Object.fromEntries(
      (
        await database.db.cartItem.findMany({
          where: { cartId: cartId ?? "" },
          select: { variantId: true, quantity: true },
        })
      ).map((line) => [line.variantId, line.quantity]),
    );

  it("adds the guest's lines to the customer's cart, capped by stock, and deletes the guest cart", async () => {
    const customer = await createCustomer(database.db);
    const [both, scarce, guestOnly, full] = await Promise.all([
      variant(),
      variant(4),
      variant(),
      variant(99),
    ]);
    await addItem(database.db, { userId: customer.id, locale, variantId: both, quantity: 2 });
    await addItem(database.db, { userId: customer.id, locale, variantId: scarce, quantity: 3 });
    await addItem(database.db, { userId: customer.id, locale, variantId: full, quantity: 98 });
    let guestId: string | null = null;
    for (const [variantId, quantity] of [
      [both, 5],
      [scarce, 3],
      [guestOnly, 1],
      [full, 5],
    ] as const) {
      ({ cartId: guestId } = await addItem(database.db, { cartId: guestId, locale, variantId, quantity }));
    }

    const merged = await mergeGuestCart(database.db, {
      guestCartId: guestId ?? "",
      userId: customer.id,
      locale,
    });
    expect(await quantities(merged.cartId)).toEqual({ [both]: 7, [scarce]: 4, [guestOnly]: 1, [full]: 99 });
    expect(merged.cart.itemCount).toBe(111);
    expect(await database.db.cart.count({ where: { id: guestId ?? "" } })).toBe(0);
  });

  it("creates the customer's cart when they had none and brings the guest's code along", async () => {
    const customer = await createCustomer(database.db);
    const variantId = await variant();
    const { code } = await createDiscount(database.db);
    const guest = await addItem(database.db, { locale, variantId, quantity: 2 });
    await applyDiscount(database.db, { cartId: guest.cartId, locale, code });
    const merged = await mergeGuestCart(database.db, {
      guestCartId: guest.cartId ?? "",
      userId: customer.id,
      locale,
    });
    expect(merged.cartId).not.toBe(guest.cartId);
    expect(merged.cart).toMatchObject({ itemCount: 2, discount: { code } });
  });

  it("drops lines the customer's cart cannot hold", async () => {
    const customer = await createCustomer(database.db);
    const [euros, dollars, soldOut] = await Promise.all([variant(), variant(5, "CAD"), variant(3)]);
    await addItem(database.db, { userId: customer.id, locale, variantId: euros, quantity: 1 });
    const guest = await addItem(database.db, { locale, variantId: soldOut, quantity: 1 });
    const other = await addItem(database.db, { locale, variantId: dollars, quantity: 1 });
    await database.db.variant.update({ where: { id: soldOut }, data: { stock: 0 } });

    const first = await mergeGuestCart(database.db, {
      guestCartId: guest.cartId ?? "",
      userId: customer.id,
      locale,
    });
    const second = await mergeGuestCart(database.db, {
      guestCartId: other.cartId ?? "",
      userId: customer.id,
      locale,
    });
    expect(first.cartId).toBe(second.cartId);
    expect(await quantities(second.cartId)).toEqual({ [euros]: 1 });
  });

  it("merges nothing from an unknown id or another customer's cart", async () => {
    const customer = await createCustomer(database.db);
    const other = await createCustomer(database.db);
    const variantId = await variant();
    const theirs = await addItem(database.db, { userId: other.id, locale, variantId, quantity: 3 });
    for (const guestCartId of ["unknown", theirs.cartId ?? ""]) {
      const result = await mergeGuestCart(database.db, { guestCartId, userId: customer.id, locale });
      expect(result).toMatchObject({ cartId: null, cart: { itemCount: 0 } });
    }
    expect(await quantities(theirs.cartId)).toEqual({ [variantId]: 3 });
  });
});
