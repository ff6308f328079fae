// @remix-run/router is patched (patches/): a route table is flattened and ranked once, route paths
// compile once, a branch is tried only when the path starts with its literal segments, and an
// absolute link with no dot segment resolves to itself without being taken apart. These tests hold
// the patched router to the library's own contract.
import { createStaticHandler, matchRoutes, resolvePath } from "@remix-run/router";
import { describe, expect, it } from "vitest";

/** @returns {import("@remix-run/router").AgnosticRouteObject[]} */
const routes = () => [
  {
    id: "root",
    path: "/",
    children: [
      { id: "home", index: true },
      {
        id: "locale",
        path: ":locale",
        children: [
          { id: "product", path: "produit/:slug" },
          { id: "category", path: "categorie/:slug" },
          { id: "search", path: "recherche" },
        ],
      },
      { id: "splat", path: "*" },
    ],
  },
];

/** @param {import("@remix-run/router").AgnosticRouteMatch[] | null} matches */
const ids = (matches) => matches?.map((match) => match.route.id) ?? null;

describe("the patched route matcher", () => {
  it("gives the same matches for the same path, every time, and each path its own", () => {
    const table = routes();
    for (let i = 0; i < 3; i++) {
      expect(ids(matchRoutes(table, "/fr/produit/cafe"))).toEqual(["root", "locale", "product"]);
      expect(ids(matchRoutes(table, "/en/recherche"))).toEqual(["root", "locale", "search"]);
      expect(ids(matchRoutes(table, "/"))).toEqual(["root", "home"]);
      expect(ids(matchRoutes(table, "/fr/inconnu/x/y"))).toEqual(["root", "splat"]);
    }
    expect(matchRoutes(table, "/fr/categorie/the%20vert")?.at(-1)?.params).toEqual({
      locale: "fr",
      slug: "the vert",
    });
    expect(matchRoutes(table, "/en/produit/tea")?.at(-1)?.params).toEqual({ locale: "en", slug: "tea" });
  });

  it("hands each caller matches it may change without changing anyone else's", () => {
    const table = routes();
    const first = matchRoutes(table, "/fr/produit/cafe") ?? [];
    /** @type {Record<string, string>} */ (first.at(-1)?.params ?? {}).slug = "changed";
    first.pop();
    const second = matchRoutes(table, "/fr/produit/cafe");
    expect(ids(second)).toEqual(["root", "locale", "product"]);
    expect(second?.at(-1)?.params).toEqual({ locale: "fr", slug: "cafe" });
  });

  it("matches another table on its own, and serves requests through a static handler", async () => {
    const table = routes();
    expect(ids(matchRoutes(table, "/fr/panier"))).toEqual(["root", "splat"]);
    const grown = routes();
    grown[0]?.children?.[1]?.children?.push({ id: "cart", path: "panier" });
    expect(ids(matchRoutes(grown, "/fr/panier"))).toEqual(["root", "locale", "cart"]);
    const handler = createStaticHandler([
      { id: "page", path: "/:locale/produit/:slug", loader: ({ params }) => params.slug ?? null },
    ]);
    for (const slug of ["cafe", "the", "cafe"]) {
      const context = await handler.query(new Request(`http://shop.test/fr/produit/${slug}`));
      expect(context instanceof Response ? context.status : context.loaderData).toEqual({ page: slug });
    }
  });

  it("skips no branch that could match: case, encoding, splats, optional and odd segments", () => {
    /** @type {import("@remix-run/router").AgnosticRouteObject[]} */
    const table = [
      {
        id: "root",
        path: "/",
        children: [
          { id: "fr", path: "fr", children: [{ id: "category", path: "catégorie/:slug" }] },
          { id: "exact", path: "Exact/page", caseSensitive: true },
          { id: "docs", path: "docs/*" },
          { id: "about", path: ":lang?/a-propos" },
          { id: "sitemap", path: "sitemap.xml" },
          { id: "shop", path: "Boutique/:slug/avis" },
          { id: "splat", path: "*" },
        ],
      },
    ];
    /** @type {[string, string[]][]} */
    const cases = [
      ["/FR/Catégorie/cafe", ["root", "fr", "category"]],
      ["/fr/cat%C3%A9gorie/cafe", ["root", "fr", "category"]],
      ["/fr/categorie/cafe", ["root", "splat"]],
      ["/Exact/page", ["root", "exact"]],
      ["/exact/page", ["root", "splat"]],
      ["/docs/guide/install", ["root", "docs"]],
      ["/DOCS", ["root", "docs"]],
      ["/a-propos", ["root", "about"]],
      ["/en/A-Propos/", ["root", "about"]],
      ["/sitemap.xml", ["root", "sitemap"]],
      ["/sitemapXxml", ["root", "splat"]],
      ["/boutique/the/AVIS", ["root", "shop"]],
      ["/boutique/the", ["root", "splat"]],
      ["/", ["root"]],
    ];
    for (const [path, expected] of cases) expect(ids(matchRoutes(table, path)), path).toEqual(expected);
    expect(matchRoutes(table, "/en/A-Propos/")?.at(-1)?.params).toEqual({ lang: "en" });
    expect(matchRoutes(table, "/docs/guide/install")?.at(-1)?.params).toEqual({ "*": "guide/install" });
  });

  it("resolves links as the library does, dot segments, slashes, queries and fragments included", () => {
    /** @type {[string, string, string][]} */
    const cases = [
      ["/fr/produit/cafe", "/en", "/fr/produit/cafe"],
      ["/fr/produit/", "/en", "/fr/produit/"],
      ["/", "/en/x", "/"],
      ["/fr/../en/product", "/", "/en/product"],
      ["/fr/./produit/..", "/", "/fr"],
      ["/fr/a.b/..x/.y", "/", "/fr/a.b/..x/.y"],
      ["panier", "/fr/produit", "/fr/produit/panier"],
      ["../panier", "/fr/produit", "/fr/panier"],
    ];
    for (const [to, from, pathname] of cases) expect(resolvePath(to, from).pathname, to).toBe(pathname);
    expect(resolvePath("/fr/recherche?q=th%C3%A9#resultats")).toEqual({
      pathname: "/fr/recherche",
      search: "?q=th%C3%A9",
      hash: "#resultats",
    });
  });
});
