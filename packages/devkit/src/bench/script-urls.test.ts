import { describe, expect, it } from "vitest";
import { extractScripts } from "./script-urls";

const PAGE = "http://127.0.0.1:4000/fr/produit/cafe";

// The shape of a Remix document: preloads in the head, the loader data and a module bootstrap at
// the end of the body.
const HTML = `<!DOCTYPE html><html lang="fr"><head>
<meta charSet="utf-8"/>
<link rel="stylesheet" href="/assets/root-Ab12.css"/>
<link rel="modulepreload" href="/assets/manifest-1f2e.js"/>
<link rel="modulepreload" href="/assets/entry.client-9x8Y.js"/>
<link href="/assets/components-Qw3.js" rel="modulepreload" crossorigin=""/>
<link rel="preload" as="script" href="https://cdn.example.test/lib.js"/>
<link rel="preload" as="image" href="/media/abc.webp"/>
<script type="application/ld+json">{"@type":"Product","name":"import x from 'y'"}</script>
</head><body>
<script>window.__remixContext = {"state":{"loaderData":{}}};</script>
<script type="module" async="">import "/assets/manifest-1f2e.js";
import * as route0 from "/assets/root-Ab12.js";
import * as route1 from "/assets/product-Zz9.js";
window.__remixRouteModules = {"root":route0,"routes/product":route1};
import("/assets/entry.client-9x8Y.js");</script>
<script src='../../legacy.js?v=1&amp;x=2' defer></script>
</body></html>`;

describe("extractScripts", () => {
  it("lists every script the page loads up front, each once, as absolute URLs", () => {
    expect(extractScripts(HTML, PAGE).urls).toEqual([
      "http://127.0.0.1:4000/assets/manifest-1f2e.js",
      "http://127.0.0.1:4000/assets/entry.client-9x8Y.js",
      "http://127.0.0.1:4000/assets/components-Qw3.js",
      "https://cdn.example.test/lib.js",
      "http://127.0.0.1:4000/assets/root-Ab12.js",
      "http://127.0.0.1:4000/assets/product-Zz9.js",
      "http://127.0.0.1:4000/legacy.js?v=1&x=2",
    ]);
  });

  it("keeps the inline scripts apart, without JSON data blocks", () => {
    const { inline } = extractScripts(HTML, PAGE);
    expect(inline).toHaveLength(2);
    expect(inline[0]).toContain("__remixContext");
    expect(inline[1]).toContain("__remixRouteModules");
  });

  it("finds nothing in a page without scripts", () => {
    expect(extractScripts("<html><body><p>Bonjour</p></body></html>", PAGE)).toEqual({
      urls: [],
      inline: [],
    });
  });
});
