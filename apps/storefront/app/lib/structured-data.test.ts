import type { ProductDetailDto, VariantDto } from "@comptoir/api";
import { describe, expect, it } from "vitest";
import { markdownToText } from "./markdown-text";
import { breadcrumbJsonLd, organizationJsonLd, productJsonLd, websiteJsonLd } from "./structured-data";

const origin = "https://shop.test";

function variant(overrides: Partial<VariantDto> = {}): VariantDto {
  return {
    id: "v1",
    sku: "CAFE-COL-250",
    title: "250 g · Grains",
    optionValueIds: [],
    price: { amount: 1290, currency: "EUR" },
    compareAtPrice: null,
    available: true,
    stock: 12,
    ...overrides,
  };
}

function product(overrides: Partial<ProductDetailDto> = {}): ProductDetailDto {
  return {
    id: "p1",
    locale: "fr",
    slug: "cafe-de-colombie",
    name: "Café de Colombie",
    description: "Un café **rond** et [sucré](https://example.test).",
    descriptionHtml: '<p>Un café <strong>rond</strong> et <a href="https://example.test">sucré</a>.</p>',
    breadcrumbs: [],
    related: [],
    seoTitle: null,
    seoDescription: null,
    images: [
      { url: "/media/abc.webp", srcSet: "/media/abc.webp 800w", alt: "Sachet", width: 800, height: 800 },
      {
        url: "https://cdn.test/def.webp",
        srcSet: "https://cdn.test/def.webp 800w",
        alt: "Motif",
        width: 800,
        height: 800,
      },
    ],
    options: [],
    variants: [variant()],
    slugs: { fr: "cafe-de-colombie", en: "colombian-coffee" },
    updatedAt: "2024-05-01T08:30:00.000Z",
    ...overrides,
  };
}

describe("organizationJsonLd", () => {
  it("names the shop, its address and logo", () => {
    expect(organizationJsonLd(origin)).toEqual({
      "@context": "https://schema.org",
      "@type": "Organization",
      name: "Comptoir",
      url: origin,
      logo: "https://shop.test/favicon.svg",
    });
  });
});

describe("websiteJsonLd", () => {
  it("declares the language and a search action on the locale's search page", () => {
    const french = websiteJsonLd(origin, "fr");
    expect(french).toMatchObject({ "@type": "WebSite", inLanguage: "fr", url: "https://shop.test/fr" });
    expect(french.potentialAction).toEqual({
      "@type": "SearchAction",
      target: "https://shop.test/fr/recherche?q={search_term_string}",
      "query-input": "required name=search_term_string",
    });
    expect(websiteJsonLd(origin, "en").potentialAction.target).toBe(
      "https://shop.test/en/search?q={search_term_string}",
    );
  });
});

describe("breadcrumbJsonLd", () => {
  it("numbers the items from 1", () => {
    const list = breadcrumbJsonLd([
      { name: "Accueil", url: "https://shop.test/fr" },
      { name: "Café", url: "https://shop.test/fr/categorie/cafe" },
    ]);
    expect(list["@type"]).toBe("BreadcrumbList");
    expect(list.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Accueil", item: "https://shop.test/fr" },
      { "@type": "ListItem", position: 2, name: "Café", item: "https://shop.test/fr/categorie/cafe" },
    ]);
  });

  it("is an empty list without items", () => {
    expect(breadcrumbJsonLd([]).itemListElement).toEqual([]);
  });
});

describe("productJsonLd", () => {
  const url = "https://shop.test/fr/produit/cafe-de-colombie";

  it("describes the product with the plain text it is given, absolute images and the first variant's SKU", () => {
    // The page gives its meta description: the product's Markdown made plain on the server.
    const data = productJsonLd({ ...product(), description: "Un café rond et sucré." }, { url, origin });
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Product",
      name: "Café de Colombie",
      description: "Un café rond et sucré.",
      image: ["https://shop.test/media/abc.webp", "https://cdn.test/def.webp"],
      sku: "CAFE-COL-250",
    });
  });

  it("gives one offer per variant, priced in major units with its availability and own URL", () => {
    const data = productJsonLd(
      product({
        variants: [
          variant(),
          variant({
            id: "v2",
            sku: "CAFE COL/1KG",
            title: "1 kg · Moulu",
            price: { amount: 5, currency: "EUR" },
            available: false,
            stock: 0,
          }),
        ],
      }),
      { url, origin },
    );
    expect(data.offers).toEqual([
      {
        "@type": "Offer",
        name: "250 g · Grains",
        sku: "CAFE-COL-250",
        price: "12.90",
        priceCurrency: "EUR",
        availability: "https://schema.org/InStock",
        url: `${url}?variant=CAFE-COL-250`,
      },
      {
        "@type": "Offer",
        name: "1 kg · Moulu",
        sku: "CAFE COL/1KG",
        price: "0.05",
        priceCurrency: "EUR",
        availability: "https://schema.org/OutOfStock",
        url: `${url}?variant=CAFE%20COL%2F1KG`,
      },
    ]);
  });

  it.each([
    [129000, "EUR", "1290.00"],
    [0, "EUR", "0.00"],
    [500, "JPY", "500"],
    [1234, "KWD", "1.234"],
  ])("writes %i %s as %s", (amount, currency, price) => {
    const data = productJsonLd(product({ variants: [variant({ price: { amount, currency } })] }), {
      url,
      origin,
    });
    expect(data.offers[0]?.price).toBe(price);
    expect(data.offers[0]?.priceCurrency).toBe(currency);
  });

  it("has no SKU and no offers without variants", () => {
    const data = productJsonLd(product({ variants: [], images: [] }), { url, origin });
    expect(data).not.toHaveProperty("sku");
    expect(data.offers).toEqual([]);
    expect(data.image).toEqual([]);
  });
});

describe("markdownToText", () => {
  it("keeps the words of emphasis, links, images and code", () => {
    expect(
      markdownToText(
        "Notes of **caramel**, *apple* and __hazelnut__ — ~~old~~ see [the farm](https://x.test 'Farm').",
      ),
    ).toBe("Notes of caramel, apple and hazelnut — old see the farm.");
    expect(markdownToText("![A bag of coffee](/media/a.webp) Use `V60` or ``a `Chemex` ``.")).toBe(
      "A bag of coffee Use V60 or a `Chemex`.",
    );
    expect(markdownToText("snake_case_word and 2 * 3 * 4 stay")).toBe("snake_case_word and 2 * 3 * 4 stay");
  });

  it("drops block syntax and keeps paragraphs apart", () => {
    const markdown = [
      "# Origine #",
      "",
      "> Un café",
      "> de montagne.",
      "",
      "- lavé",
      "* séché au soleil",
      "1. torréfié",
      "",
      "---",
      "",
      "```",
      "brut",
      "```",
      "[ref]: https://x.test",
    ].join("\n");
    expect(markdownToText(markdown)).toBe(
      "Origine\n\nUn café de montagne.\n\nlavé séché au soleil torréfié\n\nbrut",
    );
  });

  it("removes HTML but keeps comparisons, entities and escaped characters as text", () => {
    expect(markdownToText("<p>Bold <b>claim</b><br/><!-- note --></p><script>x()</script>")).toBe(
      "Bold claimx()",
    );
    expect(markdownToText("3 < 5 and 7 > 2 &amp; caf&eacute; &#233; &#x41;")).toBe(
      "3 < 5 and 7 > 2 & caf&eacute; é A",
    );
    expect(markdownToText("\\*not emphasis\\* and \\[not a link\\](x) \\<b\\>")).toBe(
      "*not emphasis* and [not a link](x) <b>",
    );
  });
});
