import { describe, expect, it } from "vitest";
import { absoluteAlternates, seoMeta } from "./seo";

describe("seoMeta", () => {
  const seo = {
    title: "Café de Colombie — Comptoir",
    description: "Un café doux et fruité.",
    canonical: "https://shop.test/fr/produit/cafe-de-colombie",
    alternates: {
      fr: "https://shop.test/fr/produit/cafe-de-colombie",
      en: "https://shop.test/en/product/colombian-coffee",
    },
  };

  it("declares the canonical URL, every language and x-default (French)", () => {
    const meta = seoMeta(seo);
    expect(meta).toContainEqual({ title: seo.title });
    expect(meta).toContainEqual({ name: "description", content: seo.description });
    expect(meta).toContainEqual({ tagName: "link", rel: "canonical", href: seo.canonical });
    expect(meta).toContainEqual({
      tagName: "link",
      rel: "alternate",
      hrefLang: "en",
      href: seo.alternates.en,
    });
    expect(meta).toContainEqual({
      tagName: "link",
      rel: "alternate",
      hrefLang: "x-default",
      href: seo.alternates.fr,
    });
  });

  it("emits nothing for a page without data (its error boundary sets its own title)", () => {
    expect(seoMeta(undefined)).toEqual([]);
  });
});

describe("absoluteAlternates", () => {
  it("resolves paths against the origin", () => {
    expect(absoluteAlternates("https://shop.test", { fr: "/fr", en: "/en" })).toEqual({
      fr: "https://shop.test/fr",
      en: "https://shop.test/en",
    });
  });
});
