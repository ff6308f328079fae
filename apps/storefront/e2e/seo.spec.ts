import { createDb } from "@comptoir/db";
import { catalog } from "@comptoir/core";
import { createTestCategory, createTestProduct } from "@comptoir/core/testing";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

async function linksOf(page: Page) {
  return page.evaluate(() => ({
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null,
    alternates: Object.fromEntries(
      [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [
        link.getAttribute("hreflang"),
        link.getAttribute("href"),
      ]),
    ),
    title: document.title,
    description: document.querySelector('meta[name="description"]')?.getAttribute("content") ?? "",
    ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute("content") ?? "",
    lang: document.documentElement.lang,
  }));
}

test.describe("SEO on every page type", () => {
  test("home, category, product and search pages carry canonical, reciprocal hreflang and localized metadata", async ({
    page,
    baseURL,
  }) => {
    await page.goto("/fr");
    const categoryHref = await page.locator('a[href^="/fr/categorie/"]').first().getAttribute("href");
    const productHref = await page.locator('a[href^="/fr/produit/"]').first().getAttribute("href");
    const paths = ["/fr", categoryHref!, productHref!, "/fr/recherche?q=miel"];
    for (const path of paths) {
      await page.goto(`${path}${path.includes("?") ? "&" : "?"}utm_source=newsletter&fbclid=abc`);
      const french = await linksOf(page);
      expect(french.lang, path).toBe("fr");
      expect(french.canonical, path).toBe(`${baseURL}${path}`);
      expect(french.title.length, path).toBeGreaterThan(5);
      expect(french.description.length, path).toBeGreaterThan(20);
      expect(french.ogTitle, path).toBe(french.title);
      expect(Object.keys(french.alternates).sort(), path).toEqual(["en", "fr", "x-default"]);
      expect(french.alternates.fr, path).toBe(french.canonical);
      expect(french.alternates["x-default"], path).toBe(french.canonical);

      // The English page points back to the French one.
      await page.goto(french.alternates.en!);
      const english = await linksOf(page);
      expect(english.lang, path).toBe("en");
      expect(english.canonical, path).toBe(french.alternates.en);
      expect(english.alternates.fr, path).toBe(french.canonical);
      expect(english.title, path).not.toBe(french.title);
    }
  });

  test("a category's second page is its own canonical page; filters and sorting are not", async ({
    page,
    baseURL,
  }) => {
    // A sub-aisle of its own with 30 products: two pages of 24 (the demo's aisles hold fewer).
    const db = createDb(process.env.E2E_DATABASE_URL!, { poolMax: 1 });
    const slug = `e2e-pages-${Date.now()}`;
    try {
      const parent = await db.categoryTranslation.findFirstOrThrow({
        where: { locale: "fr", slug: "art-de-la-table" },
        select: { categoryId: true },
      });
      const category = await createTestCategory(db, {
        parentId: parent.categoryId,
        position: 99,
        fr: { name: "Pages", slug },
        en: { name: "Pages", slug },
      });
      for (let index = 0; index < 30; index += 1)
        await createTestProduct(db, { categories: [{ id: category.id }] });
    } finally {
      await db.$disconnect();
    }
    await page.goto(`/fr/categorie/${slug}?sort=name&dispo=1&utm_campaign=x`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      `${baseURL}/fr/categorie/${slug}`,
    );
    await page.goto(`/fr/categorie/${slug}?page=2&sort=name&dispo=1`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      `${baseURL}/fr/categorie/${slug}?page=2`,
    );
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
      "href",
      `${baseURL}/en/category/${slug}?page=2`,
    );
    expect((await page.goto(`/fr/categorie/${slug}?page=3`))?.status()).toBe(404);
  });

  test("anonymous catalog pages are cacheable by a CDN and revalidate with 304; sessions make them private", async ({
    request,
  }) => {
    for (const path of ["/fr", "/fr/categorie/cafe", "/en/search?q=tea"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["cache-control"], path).toBe(
        "public, max-age=0, s-maxage=300, stale-while-revalidate=86400",
      );
      expect(response.headers()["set-cookie"], path).toBeUndefined();
      let etag = response.headers()["etag"];
      expect(etag, path).toMatch(/^W\/".+"$/);
      // Other tests change the catalog meanwhile (stock, new and renamed products, several a
      // second when both workers check out): a page whose data changed between the two requests
      // rightly answers 200 with a new ETag. Then ask again.
      let again = await request.get(path, { headers: { "If-None-Match": etag! } });
      for (let attempt = 0; again.status() === 200 && attempt < 10; attempt++) {
        expect(again.headers()["etag"], path).not.toBe(etag);
        etag = again.headers()["etag"];
        again = await request.get(path, { headers: { "If-None-Match": etag! } });
      }
      expect(again.status(), path).toBe(304);
    }
    const withSession = await request.get("/fr", { headers: { cookie: "comptoir_session=whatever" } });
    expect(withSession.headers()["cache-control"]).toBe("private, no-store");
    expect(withSession.headers()["etag"]).toBeUndefined();
  });

  test("a renamed product's old URL answers 301 to the new one, in its locale", async ({ request }) => {
    const db = createDb(process.env.E2E_DATABASE_URL!, { poolMax: 1 });
    try {
      const translation = await db.productTranslation.findFirstOrThrow({
        where: { locale: "fr", product: { status: "ACTIVE" } },
        select: { productId: true, slug: true },
      });
      const renamed = `${translation.slug}-nouveau`;
      await catalog.changeProductSlug(db, { productId: translation.productId, locale: "fr", slug: renamed });
      // The storefront's catalog cache hears about the change through PostgreSQL and drops it.
      await expect
        .poll(
          async () =>
            (await request.get(`/fr/produit/${translation.slug}?variant=x`, { maxRedirects: 0 })).status(),
          { timeout: 5_000 },
        )
        .toBe(301);
      const moved = await request.get(`/fr/produit/${translation.slug}?variant=x`, { maxRedirects: 0 });
      expect(moved.headers()["location"]).toBe(`/fr/produit/${renamed}?variant=x`);
      expect((await request.get(`/fr/produit/${renamed}`)).status()).toBe(200);
      expect(
        (await request.get(`/fr/produit/${translation.slug}-inconnu`, { maxRedirects: 0 })).status(),
      ).toBe(404);
    } finally {
      await db.$disconnect();
    }
  });
});
