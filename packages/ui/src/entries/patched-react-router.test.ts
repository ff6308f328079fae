// @vitest-environment node
// React Router is patched (patches/react-router@6.30.4.patch): a link to an absolute path is
// resolved without serializing the route matches, which only relative paths need. These tests load
// both of the builds Node uses (production for the shop's server, development for `pnpm dev`) and
// check that links of every kind resolve as the library resolves them: the expected values are what
// the unpatched package gives.
import { createRequire } from "node:module";
import path from "node:path";
import { createElement as h } from "react";
import { renderToString } from "react-dom/server";
import type * as ReactRouter from "react-router";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const umd = path.join(path.dirname(require.resolve("react-router/package.json")), "dist", "umd");
const builds: [string, typeof ReactRouter][] = [
  ["production", require(path.join(umd, "react-router.production.min.js")) as typeof ReactRouter],
  ["development", require(path.join(umd, "react-router.development.js")) as typeof ReactRouter],
];

type To = Parameters<typeof ReactRouter.useHref>[0];

// From the page /fr/produit/cafe?x=1, rendered by the route "produit/:slug" inside "/:locale".
const cases: [To, "path" | undefined, string][] = [
  ["/en/product/x?y=1#h", undefined, "/en/product/x?y=1#h"],
  ["/a/../b", undefined, "/b"],
  ["/fr/produit/", undefined, "/fr/produit/"],
  [{ pathname: "/x", search: "?q=1" }, undefined, "/x?q=1"],
  ["..", undefined, "/fr"],
  [".", undefined, "/fr/produit/cafe"],
  ["", undefined, "/fr/produit/cafe"],
  ["?v=2", undefined, "/fr/produit/cafe?v=2"],
  ["#top", undefined, "/fr/produit/cafe#top"],
  [{ search: "?only" }, undefined, "/fr/produit/cafe?only"],
  ["autre", undefined, "/fr/produit/cafe/autre"],
  ["../categorie/y", undefined, "/fr/categorie/y"],
  ["../categorie/y", "path", "/fr/produit/categorie/y"],
];

describe.each(builds)("React Router, patched (%s build)", (_name, router) => {
  it("resolves absolute, relative and search-only links as the library does", () => {
    function Link({ to, relative }: { to: To; relative: "path" | undefined }) {
      const href = router.useHref(to, relative ? { relative } : undefined);
      const resolved = router.useResolvedPath(to, relative ? { relative } : undefined);
      return h("li", null, `${href} ${resolved.pathname}${resolved.search}${resolved.hash}`);
    }
    const links = h(
      "ul",
      null,
      cases.map(([to, relative], index) => h(Link, { key: index, to, relative })),
    );
    // A static router, as on the server (a MemoryRouter's layout effect would warn there).
    const navigator = { createHref: router.createPath } as unknown as ReactRouter.Navigator;
    const html = renderToString(
      h(
        router.Router,
        { location: "/fr/produit/cafe?x=1", navigator, static: true },
        h(
          router.Routes,
          null,
          h(
            router.Route,
            { path: "/:locale", element: h(router.Outlet) },
            h(router.Route, { path: "produit/:slug", element: links }),
          ),
        ),
      ),
    );
    const rendered = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((match) => match[1]);
    expect(rendered).toEqual(cases.map(([, , expected]) => `${expected} ${expected}`));
  });
});
