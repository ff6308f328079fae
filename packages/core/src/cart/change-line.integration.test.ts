import { useTestDatabase } from "@comptoir/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { isDomainError, type DomainErrorCode } from "../errors";
import { createTestProduct } from "../testing";
import { addItem, removeItem, updateItem } from "./change-line";
import { createCustomer, createSellingTerms } from "./test-fixtures";

async function codeOf(work: Promise<unknown>): Promise<DomainErrorCode | "resolved"> {
  const error = await work.then(
    () => "resolved" as const,
    (caught: unknown) => caught,
  );
  if (error === "resolved") return error;
  if (isDomainError(error)) return error.code;
  throw error;
}

describe("cart lines", () => {
  const database = useTestDatabase("cart_lines");
  const locale = "fr" as const;

  beforeAll(async () => {
    await createSellingTerms(database.db);
  });

  async function variant(
    input: { stock?: number; priceAmount?: number; currency?: string; status?: "DRAFT" } = {},
  ) {
    const product = await createTestProduct(database.db, {
      status: input.status,
      variants: [
        { stock: input.stock ?? 10, priceAmount: input.priceAmount ?? 1200, currency: input.currency },
      ],
    });
    const row = await database.db.variant.findFirstOrThrow({
      where: { productId: product.id },
      select: { id: true },
    });
    return row.id;
  }

  it("creates a guest cart on the first add and adds to the line after that", async () => {
    const variantId = await variant({ priceAmount: 1290 });
    const first = await addItem(database.db, { locale, variantId, quantity: 2 });
    expect(first.cartId).toEqual(expect.any(String));
    expect(first.cart).toMatchObject({ id: first.cartId, currency: "EUR", itemCount: 2, problems: [] });

    const second = await addItem(database.db, { cartId: first.cartId, locale, variantId, quantity: 3 });
    expect(second.cartId).toBe(first.cartId);
    expect(second.cart.lines).toEqual([
      expect.objectContaining({ variantId, quantity: 5, unitAmount: 1290, lineSubtotal: 6450, stock: 10 }),
    ]);
    // Prices include French VAT (the store's default country): 6450 × 20/120 = 1075.
    expect(second.cart.totals).toEqual({
      subtotal: 6450,
      discount: 0,
      shipping: null,
      tax: 1075,
      taxLines: [{ code: "VAT", ratePpm: 200_000, amount: 1075 }],
      total: 6450,
      pricesIncludeTax: true,
    });
  });

  it("refuses unknown variants and products not on sale", async () => {
    const draft = await variant({ status: "DRAFT" });
    expect(await codeOf(addItem(database.db, { locale, variantId: "nope", quantity: 1 }))).toBe("NOT_FOUND");
    expect(await codeOf(addItem(database.db, { locale, variantId: draft, quantity: 1 }))).toBe("NOT_FOUND");
    expect(await codeOf(updateItem(database.db, { locale, variantId: draft, quantity: 2 }))).toBe(
      "NOT_FOUND",
    );
    expect(await database.db.cartItem.count({ where: { variantId: draft } })).toBe(0);
  });

  it("checks the stock and the per-line limit against the quantity the line would hold", async () => {
    const scarce = await variant({ stock: 3 });
    const soldOut = await variant({ stock: 0 });
    const plenty = await variant({ stock: 500 });
    const { cartId } = await addItem(database.db, { locale, variantId: scarce, quantity: 2 });
    expect(await codeOf(addItem(database.db, { cartId, locale, variantId: scarce, quantity: 2 }))).toBe(
      "INSUFFICIENT_STOCK",
    );
    expect(await codeOf(updateItem(database.db, { cartId, locale, variantId: scarce, quantity: 4 }))).toBe(
      "INSUFFICIENT_STOCK",
    );
    expect(await codeOf(addItem(database.db, { cartId, locale, variantId: soldOut, quantity: 1 }))).toBe(
      "OUT_OF_STOCK",
    );
    await updateItem(database.db, { cartId, locale, variantId: plenty, quantity: 98 });
    expect(await codeOf(addItem(database.db, { cartId, locale, variantId: plenty, quantity: 2 }))).toBe(
      "QUANTITY_LIMIT",
    );
    // Refused changes change nothing.
    const lines = await database.db.cartItem.findMany({
      where: { cartId: cartId ?? "" },
      orderBy: { quantity: "asc" },
      select: { variantId: true, quantity: true },
    });
    expect(lines).toEqual([
      { variantId: scarce, quantity: 2 },
      { variantId: plenty, quantity: 98 },
    ]);
  });

  it("refuses out-of-range quantities even without the procedures' validation", async () => {
    const variantId = await variant();
    for (const quantity of [0, -1, 1.5, 100]) {
      expect(await codeOf(addItem(database.db, { locale, variantId, quantity })), String(quantity)).toBe(
        "QUANTITY_LIMIT",
      );
    }
    expect(await codeOf(updateItem(database.db, { locale, variantId, quantity: -1 }))).toBe("QUANTITY_LIMIT");
  });

  it("keeps one currency per cart, but an emptied cart takes the next item's", async () => {
    const euros = await variant();
    const dollars = await variant({ currency: "CAD" });
    const { cartId } = await addItem(database.db, { locale, variantId: euros, quantity: 1 });
    expect(await codeOf(addItem(database.db, { cartId, locale, variantId: dollars, quantity: 1 }))).toBe(
      "CURRENCY_MISMATCH",
    );
    await removeItem(database.db, { cartId, locale, variantId: euros });
    const switched = await addItem(database.db, { cartId, locale, variantId: dollars, quantity: 1 });
    expect(switched.cart).toMatchObject({ id: cartId, currency: "CAD", itemCount: 1 });
  });

  it("sets quantities, removes at 0, and treats missing lines and carts as nothing to do", async () => {
    const a = await variant();
    const b = await variant();
    const { cartId } = await addItem(database.db, { locale, variantId: a, quantity: 1 });
    const set = await updateItem(database.db, { cartId, locale, variantId: b, quantity: 4 });
    expect(set.cart.lines.map((line) => [line.variantId, line.quantity])).toEqual([
      [a, 1],
      [b, 4],
    ]);
    const zero = await updateItem(database.db, { cartId, locale, variantId: a, quantity: 0 });
    expect(zero.cart.lines.map((line) => line.variantId)).toEqual([b]);
    const again = await removeItem(database.db, { cartId, locale, variantId: a });
    expect(again).toMatchObject({ cartId, cart: { itemCount: 4 } });

    const nothing = await removeItem(database.db, { locale, variantId: a });
    expect(nothing).toMatchObject({ cartId: null, cart: { id: null, itemCount: 0, lines: [] } });
    expect(await updateItem(database.db, { locale, variantId: a, quantity: 0 })).toMatchObject({
      cartId: null,
    });
  });

  it("treats a customer's cart id sent by someone else as no cart at all", async () => {
    const customer = await createCustomer(database.db);
    const variantId = await variant();
    const theirs = await addItem(database.db, { userId: customer.id, locale, variantId, quantity: 1 });
    const intruder = await addItem(database.db, { cartId: theirs.cartId, locale, variantId, quantity: 2 });
    expect(intruder.cartId).not.toBe(theirs.cartId);
    expect(intruder.cart.itemCount).toBe(2);
    expect(await codeOf(removeItem(database.db, { cartId: theirs.cartId, locale, variantId }))).toBe(
      "resolved",
    );
    const untouched = await database.db.cartItem.findMany({
      where: { cartId: theirs.cartId ?? "" },
      select: { quantity: true },
    });
    expect(untouched).toEqual([{ quantity: 1 }]);
  });

  it("finds a customer's cart by their account, whatever cart id comes along", async () => {
    const customer = await createCustomer(database.db);
    const variantId = await variant();
    const guest = await addItem(database.db, { locale, variantId, quantity: 1 });
    const own = await addItem(database.db, {
      userId: customer.id,
      cartId: guest.cartId,
      locale,
      variantId,
      quantity: 3,
    });
    expect(own.cartId).not.toBe(guest.cartId);
    const again = await addItem(database.db, { userId: customer.id, locale, variantId, quantity: 1 });
    expect(again).toMatchObject({ cartId: own.cartId, cart: { itemCount: 4 } });
  });

  it("loses no unit when the same line is added to many times at once", async () => {
    const variantId = await variant({ stock: 50 });
    const { cartId } = await addItem(database.db, { locale, variantId, quantity: 1 });
    await Promise.all(
      Array.from({ length: 12 }, () => addItem(database.db, { cartId, locale, variantId, quantity: 2 })),
    );
    const lines = await database.db.cartItem.findMany({
      where: { cartId: cartId ?? "" },
      select: { quantity: true },
    });
    expect(lines).toEqual([{ quantity: 25 }]);
  });

  it("never lets concurrent adds pass the stock together", async () => {
    const variantId = await variant({ stock: 5 });
    const { cartId } = await addItem(database.db, { locale, variantId, quantity: 1 });
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () =>
        codeOf(addItem(database.db, { cartId, locale, variantId, quantity: 1 })),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === "resolved")).toHaveLength(4);
    expect(outcomes.filter((outcome) => outcome === "INSUFFICIENT_STOCK")).toHaveLength(4);
  });

  it("gives a new customer one cart when their first adds arrive together, and guests one each", async () => {
    const customer = await createCustomer(database.db);
    const variantId = await variant({ stock: 50 });
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        addItem(database.db, { userId: customer.id, locale, variantId, quantity: 1 }),
      ),
    );
    expect(new Set(results.map((result) => result.cartId)).size).toBe(1);
    expect(
      await database.db.cartItem.findMany({
        where: { cart: { userId: customer.id } },
        select: { quantity: true },
      }),
    ).toEqual([{ quantity: 6 }]);

    const guests = await Promise.all([
      addItem(database.db, { locale, variantId, quantity: 1 }),
      addItem(database.db, { locale, variantId, quantity: 1 }),
    ]);
    expect(guests[0].cartId).not.toBe(guests[1].cartId);
  });
});
