import { useTestDatabase } from "@comptoir/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestProduct } from "../testing";
import { addItem } from "./change-line";
import { getCart } from "./get-cart";
import { createSellingTerms, setPricesIncludeTax } from "./test-fixtures";

describe("getCart", () => {
  const database = useTestDatabase("cart_view");

  beforeAll(async () => {
    await createSellingTerms(database.db);
  });

  async function product(input: Parameters<typeof createTestProduct>[1] = {}) {
    const { id } = await createTestProduct(database.db, input);
    const variants = await database.db.variant.findMany({
      where: { productId: id },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    return { id, variantIds: variants.map((row) => row.id) };
  }

  it("answers an empty cart in the store's currency when there is no cart, or an unknown one", async () => {
    for (const cartId of [undefined, null, "unknown-cart"]) {
      expect(await getCart(database.db, { cartId, locale: "en" })).toEqual({
        id: null,
        currency: "EUR",
        itemCount: 0,
        lines: [],
        discount: null,
        totals: {
          subtotal: 0,
          discount: 0,
          shipping: null,
          tax: 0,
          taxLines: [{ code: "VAT", ratePpm: 200_000, amount: 0 }],
          total: 0,
          pricesIncludeTax: true,
        },
        problems: [],
      });
    }
  });

  it("describes each line in the shopper's language, with today's price", async () => {
    const tea = await product({
      fr: { name: "Thé vert Sencha", slug: "the-vert-sencha" },
      en: { name: "Sencha green tea", slug: "sencha-green-tea" },
      options: [
        { fr: "Poids", en: "Weight", values: [{ fr: "100 g", en: "100 g" }] },
        { fr: "Forme", en: "Form", values: [{ fr: "Vrac", en: "Loose" }] },
      ],
      variants: [{ sku: "SEN-100-V", priceAmount: 850, compareAtAmount: 990, stock: 7, values: [0, 0] }],
      withImage: true,
    });
    const [variantId = ""] = tea.variantIds;
    const { cartId } = await addItem(database.db, { locale: "fr", variantId, quantity: 2 });
    await database.db.variant.update({ where: { id: variantId }, data: { priceAmount: 900 } });

    const cart = await getCart(database.db, { cartId, locale: "en" });
    expect(cart.lines).toEqual([
      {
        variantId,
        productId: tea.id,
        sku: "SEN-100-V",
        productName: "Sencha green tea",
        productSlug: "sencha-green-tea",
        variantName: "100 g · Loose",
        imageUrl: expect.stringMatching(/^\/media\/[a-f0-9]{64}\.webp$/),
        unitAmount: 900,
        compareAtAmount: 990,
        quantity: 2,
        lineSubtotal: 1800,
        stock: 7,
      },
    ]);
    expect(cart.totals).toMatchObject({ subtotal: 1800, tax: 300, total: 1800 });
  });

  it("adds taxes to the total when prices exclude them", async () => {
    const { variantIds } = await product({ variants: [{ priceAmount: 1000 }] });
    const { cartId } = await addItem(database.db, {
      locale: "fr",
      variantId: variantIds[0] ?? "",
      quantity: 1,
    });
    await setPricesIncludeTax(database.db, false);
    try {
      const cart = await getCart(database.db, { cartId, locale: "fr" });
      expect(cart.totals).toMatchObject({ subtotal: 1000, tax: 200, total: 1200, pricesIncludeTax: false });
    } finally {
      await setPricesIncludeTax(database.db, true);
    }
  });

  it("lists lines that cannot be bought as they are, and leaves unavailable ones out of the totals", async () => {
    const [low = "", gone = "", archived = "", fine = ""] = await Promise.all(
      [5, 5, 5, 5].map(
        async (stock) => (await product({ variants: [{ stock, priceAmount: 1000 }] })).variantIds[0],
      ),
    );
    let cartId: string | null = null;
    for (const variantId of [low, gone, archived, fine]) {
      ({ cartId } = await addItem(database.db, { cartId, locale: "fr", variantId, quantity: 3 }));
    }
    await database.db.variant.update({ where: { id: low }, data: { stock: 2 } });
    await database.db.variant.update({ where: { id: gone }, data: { stock: 0 } });
    await database.db.product.updateMany({
      where: { variants: { some: { id: archived } } },
      data: { status: "ARCHIVED" },
    });

    const cart = await getCart(database.db, { cartId, locale: "fr" });
    expect(cart.problems).toEqual([
      { variantId: low, code: "INSUFFICIENT_STOCK" },
      { variantId: gone, code: "OUT_OF_STOCK" },
      { variantId: archived, code: "UNAVAILABLE" },
    ]);
    expect(cart.itemCount).toBe(12);
    expect(cart.lines).toHaveLength(4);
    expect(cart.totals.subtotal).toBe(9000);
  });

  it("reads a cart in the same number of queries whatever its number of lines", async () => {
    const variants = await Promise.all(
      Array.from({ length: 10 }, async () => (await product({ withImage: true })).variantIds[0] ?? ""),
    );
    const one = await addItem(database.db, { locale: "fr", variantId: variants[0] ?? "", quantity: 1 });
    let ten: string | null = null;
    for (const variantId of variants) {
      ({ cartId: ten } = await addItem(database.db, { cartId: ten, locale: "fr", variantId, quantity: 1 }));
    }
    const forOne = await database.countQueries(() =>
      getCart(database.db, { cartId: one.cartId, locale: "fr" }),
    );
    const forTen = await database.countQueries(() => getCart(database.db, { cartId: ten, locale: "fr" }));
    expect(forTen).toBe(forOne);
    expect(forOne).toBeLessThanOrEqual(3);
  });
});
