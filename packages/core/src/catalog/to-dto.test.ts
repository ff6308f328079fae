import { describe, expect, it } from "vitest";
import { cheapestVariant, toProductCard, toProductDetail } from "./to-dto";

const variant = (priceAmount: number, stock: number, compareAtAmount: number | null = null) => ({
  priceAmount,
  compareAtAmount,
  currency: "EUR",
  stock,
});

describe("cheapestVariant", () => {
  it("prefers the cheapest variant that can be bought", () => {
    expect(cheapestVariant([variant(500, 0), variant(900, 3), variant(700, 1)])?.priceAmount).toBe(700);
  });

  it("falls back to the cheapest when nothing is in stock", () => {
    expect(cheapestVariant([variant(900, 0), variant(500, 0)])?.priceAmount).toBe(500);
  });

  it("is undefined without variants", () => {
    expect(cheapestVariant([])).toBeUndefined();
  });
});

describe("toProductCard", () => {
  const row = {
    id: "p1",
    translations: [{ name: "Café", slug: "cafe" }],
    variants: [variant(1290, 2, 1490), variant(2290, 0, 2000)],
    images: [
      {
        media: {
          checksum: "a".repeat(64),
          mimeType: "image/webp",
          width: 800,
          height: 800,
          renditions: [
            { checksum: "b".repeat(64), mimeType: "image/webp", width: 200 },
            { checksum: "c".repeat(64), mimeType: "image/webp", width: 400 },
          ],
        },
        translations: [],
      },
    ],
  };

  it("shows the price from, a compare-at price only when higher, and image paths with the checksums", () => {
    expect(toProductCard(row)).toEqual({
      id: "p1",
      slug: "cafe",
      name: "Café",
      price: { amount: 1290, currency: "EUR" },
      compareAtPrice: { amount: 1490, currency: "EUR" },
      image: {
        url: `/media/${"a".repeat(64)}.webp`,
        srcSet: `/media/${"b".repeat(64)}.webp 200w, /media/${"c".repeat(64)}.webp 400w, /media/${"a".repeat(64)}.webp 800w`,
        alt: "Café",
        width: 800,
        height: 800,
      },
      available: true,
    });
  });

  it("skips a product not translated into the locale", () => {
    expect(toProductCard({ ...row, translations: [] })).toBeNull();
  });
});

describe("toProductDetail", () => {
  it("titles variants with their option values and maps slugs per locale", () => {
    const detail = toProductDetail(
      {
        id: "p1",
        updatedAt: new Date("2026-01-02T03:04:05Z"),
        translations: [
          { locale: "fr", name: "Café", slug: "cafe", description: "", seoTitle: null, seoDescription: null },
          {
            locale: "en",
            name: "Coffee",
            slug: "coffee",
            description: "",
            seoTitle: null,
            seoDescription: null,
          },
        ],
        images: [],
        categories: [],
        options: [
          {
            id: "o1",
            translations: [{ name: "Poids" }],
            values: [{ id: "v250", translations: [{ name: "250 g" }] }],
          },
          {
            id: "o2",
            translations: [{ name: "Mouture" }],
            values: [{ id: "vg", translations: [{ name: "Moulu" }] }],
          },
        ],
        variants: [
          {
            id: "var1",
            sku: "CAF-250-M",
            priceAmount: 990,
            compareAtAmount: null,
            currency: "EUR",
            stock: 0,
            optionValues: [{ optionValueId: "v250" }, { optionValueId: "vg" }],
          },
        ],
      },
      "fr",
    );
    expect(detail?.variants[0]).toMatchObject({
      title: "250 g · Moulu",
      available: false,
      price: { amount: 990 },
    });
    expect(detail?.slugs).toEqual({ fr: "cafe", en: "coffee" });
    expect(detail?.updatedAt).toBe("2026-01-02T03:04:05.000Z");
  });
});
