import { catalog } from "@comptoir/core";
import type { ProductDetailDto } from "@comptoir/api";
import { describe, expect, it } from "vitest";
import { productPageParts } from "./product-page.server";

function productDto(): ProductDetailDto {
  return {
    id: "p1",
    locale: "fr",
    slug: "cafe-de-colombie",
    name: "Café de Colombie",
    description: "Un café **rond** et [sucré](https://example.test).",
    descriptionHtml: '<p>Un café <strong>rond</strong> et <a href="https://example.test">sucré</a>.</p>',
    breadcrumbs: [{ name: "Épicerie fine", slug: "epicerie-fine" }],
    related: [],
    seoTitle: null,
    seoDescription: null,
    images: [],
    options: [],
    variants: [
      {
        id: "v1",
        sku: "COL-250",
        title: "250 g",
        optionValueIds: [],
        price: { amount: 1290, currency: "EUR" },
        compareAtPrice: null,
        available: false,
        stock: 0,
      },
      {
        id: "v2",
        sku: "COL-1000",
        title: "1 kg",
        optionValueIds: [],
        price: { amount: 3990, currency: "EUR" },
        compareAtPrice: null,
        available: true,
        stock: 4,
      },
    ],
    slugs: { fr: "cafe-de-colombie", en: "colombian-coffee" },
    updatedAt: "2026-11-02T10:00:00.000Z",
  };
}

// As the API hands products out: through the catalog cache, shared and sealed.
const cachedProduct = () => new catalog.CatalogCache().read(["product"], async () => productDto());

describe("productPageParts", () => {
  it("keeps what the page renders, with its trail, alternates and meta description", async () => {
    const parts = productPageParts(await cachedProduct());
    expect(parts.product).toEqual({
      name: "Café de Colombie",
      slug: "cafe-de-colombie",
      descriptionHtml: productDto().descriptionHtml,
      images: [],
      related: [],
      variants: [
        {
          id: "v1",
          sku: "COL-250",
          title: "250 g",
          price: { amount: 1290, currency: "EUR" },
          compareAtPrice: null,
          stock: 0,
        },
        {
          id: "v2",
          sku: "COL-1000",
          title: "1 kg",
          price: { amount: 3990, currency: "EUR" },
          compareAtPrice: null,
          stock: 4,
        },
      ],
    });
    expect(parts.firstAvailableSku).toBe("COL-1000");
    expect(parts.trail).toEqual([{ name: "Épicerie fine", href: "/fr/categorie/epicerie-fine" }]);
    expect(parts.alternates).toEqual({
      fr: "/fr/produit/cafe-de-colombie",
      en: "/en/product/colombian-coffee",
    });
    expect(parts.description).toBe("Un café rond et sucré.");
  });

  it("is made once per cached product: every request gets the same frozen parts", async () => {
    const product = await cachedProduct();
    const parts = productPageParts(product);
    expect(productPageParts(product)).toBe(parts);
    expect(Object.isFrozen(parts.product.variants[0])).toBe(true);
    // Each part the loader sends carries the digest the page's ETag reads in its place.
    for (const part of [parts.product, parts.trail, parts.alternates]) {
      expect(Reflect.get(part, Symbol.for("comptoir.contentDigest"))).toMatch(/^sha1:/);
    }
    // A product read again after a catalog change is a new value: new parts.
    expect(productPageParts(await cachedProduct())).not.toBe(parts);
  });
});
