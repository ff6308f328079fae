import { describe, expect, it } from "vitest";
import { routePatternMatcher } from "./route-pattern.js";

// The shape of a Remix build's route manifest.
const build = {
  routes: {
    root: { id: "root", path: "" },
    "routes/language-redirect": { id: "routes/language-redirect", parentId: "root", index: true },
    "routes/locale": { id: "routes/locale", parentId: "root", path: ":locale" },
    "routes/product": { id: "routes/product", parentId: "routes/locale", path: "produit/:slug" },
    "routes/api": { id: "routes/api", parentId: "root", path: "api/trpc/*" },
  },
};

describe("routePatternMatcher", () => {
  it("gives the pattern of the deepest matching route, never the path", () => {
    const routeOf = routePatternMatcher(build);
    expect(routeOf("/")).toBe("/");
    expect(routeOf("/fr")).toBe("/:locale");
    expect(routeOf("/fr/produit/chaise-oslo")).toBe("/:locale/produit/:slug");
    expect(routeOf("/api/trpc/catalog.featured")).toBe("/api/trpc/*");
    expect(routeOf("/fr/produit/a/b/c")).toBe("(none)");
    // Cached answers are the same answers.
    expect(routeOf("/fr/produit/chaise-oslo")).toBe("/:locale/produit/:slug");
  });
});
