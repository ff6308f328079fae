import { describe, expect, it } from "vitest";
import { metaDescription } from "./page-seo.server";
import { seoMeta } from "./seo";

describe("seoMeta", () => {
  const seo = {
    title: "Café de Colombie — Comptoir",
    description: "Un café doux et fruité.",
    siteName: "Comptoir",
    locale: "fr" as const,
    canonical: "https://shop.test/fr/produit/cafe-de-colombie",
    alternates: {
      fr: "https://shop.test/fr/produit/cafe-de-colombie",
      en: "https://shop.test/en/product/colombian-coffee",
    },
    type: "product" as const,
    image: { url: "https://shop.test/media/a.webp", alt: "Sachet", width: 800, height: 800 },
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

  it("adds Open Graph and Twitter cards in the page's language", () => {
    const meta = seoMeta(seo);
    expect(meta).toContainEqual({ property: "og:type", content: "product" });
    expect(meta).toContainEqual({ property: "og:site_name", content: "Comptoir" });
    expect(meta).toContainEqual({ property: "og:locale", content: "fr_FR" });
    expect(meta).toContainEqual({ property: "og:locale:alternate", content: "en_US" });
    expect(meta).toContainEqual({ property: "og:image", content: seo.image.url });
    expect(meta).toContainEqual({ name: "twitter:card", content: "summary_large_image" });
    expect(meta.some((tag) => "name" in tag && tag.name === "robots")).toBe(false);
  });

  it("keeps search pages out of the index", () => {
    expect(seoMeta({ ...seo, image: null, noindex: true })).toContainEqual({
      name: "robots",
      content: "noindex, follow",
    });
  });

  it("emits nothing for a page without data (its error boundary sets its own title)", () => {
    expect(seoMeta(undefined)).toEqual([]);
  });
});

describe("metaDescription", () => {
  it("drops Markdown and folds whitespace", () => {
    expect(metaDescription("Un **café** doux.\n\n- cacao\n- [noisette](https://x)")).toBe(
      "Un café doux. cacao noisette",
    );
  });

  it("cuts long text at a word boundary", () => {
    const text = `${"mot ".repeat(60)}fin`;
    const description = metaDescription(text);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description.endsWith("mot…")).toBe(true);
  });
});
