// @vitest-environment node
// The document handler of both apps, behind Remix's real request handler: a small app of four
// routes, served as production serves it (single fetch and lazy route discovery on). It also holds
// @remix-run/react and react-router-dom to their contract where they are patched (patches/): a
// build's server routes and each page's partial manifest are made once and reused, so a reused
// value must never carry one page's routes or data into another's document.
import { REMIX_FUTURE } from "@comptoir/config/vite";
import type { ServerBuild } from "@remix-run/node";
import { createRequestHandler } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, useLoaderData, useParams } from "@remix-run/react";
import { DOCUMENT_BYTES, TAKES_DOCUMENT_BYTES } from "@comptoir/server/document-bytes";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDocumentHandler, STREAM_TIMEOUT } from "./document-handler";

function Root() {
  return (
    <html lang="fr">
      <head>
        <Meta />
        <Links />
      </head>
      <body>
        <Outlet />
        <Scripts />
      </body>
    </html>
  );
}

function Product() {
  const { name } = useLoaderData<{ name: string }>();
  return <h1>{name}</h1>;
}

function Category() {
  const { slug } = useParams();
  return <h1>Catégorie {slug}</h1>;
}

function NotFound() {
  return <h1>Introuvable</h1>;
}

function Home() {
  return <h1>Accueil</h1>;
}

/** What the product's loader sends along its name: a cached catalog value, in the apps. */
let productDetails: object = {};

/** A value as the catalog cache hands it out (packages/core, catalog/content-digest.ts). */
function cachedValue<T extends object>(value: T, digest: string): T {
  Object.defineProperty(value, Symbol.for("comptoir.contentDigest"), { value: `sha1:${digest}` });
  return Object.freeze(value);
}

const routeFiles = {
  root: { path: "", module: { default: Root } },
  home: { parentId: "root", index: true, module: { default: Home } },
  product: {
    parentId: "root",
    path: ":locale/produit/:slug",
    module: {
      default: Product,
      loader: ({ params }: { params: Record<string, string | undefined> }) => ({
        name: `Produit ${params.slug ?? ""}`,
        details: productDetails,
      }),
      headers: () => ({ "Cache-Control": "public, s-maxage=300" }),
    },
  },
  category: { parentId: "root", path: ":locale/categorie/:slug", module: { default: Category } },
  splat: { parentId: "root", path: "*", module: { default: NotFound } },
};

function testBuild(): ServerBuild {
  const routes: Record<string, unknown> = {};
  const assetRoutes: Record<string, unknown> = {};
  for (const [id, route] of Object.entries(routeFiles)) {
    const { module, ...shape } = route;
    routes[id] = { id, ...shape, module };
    assetRoutes[id] = {
      id,
      ...shape,
      module: `/assets/${id}.js`,
      hasAction: false,
      hasLoader: "loader" in module,
      hasClientAction: false,
      hasClientLoader: false,
      hasErrorBoundary: false,
    };
  }
  return {
    mode: "production",
    entry: {
      module: {
        default: createDocumentHandler({ getLocale: () => "fr" }),
        streamTimeout: STREAM_TIMEOUT,
      },
    },
    routes,
    assets: {
      entry: { module: "/assets/entry.client.js", imports: [] },
      routes: assetRoutes,
      url: "/assets/manifest.js",
      version: "test",
    },
    publicPath: "/",
    assetsBuildDirectory: "build/client",
    basename: "/",
    // The flags the apps build with (single fetch and lazy route discovery among them).
    future: { ...REMIX_FUTURE, unstable_optimizeDeps: false },
    isSpaMode: false,
  } as unknown as ServerBuild;
}

/** The route ids of the manifest inlined in a document (lazy route discovery sends only those). */
function inlinedRouteIds(html: string): string[] {
  const json = /window\.__remixManifest = ([\s\S]*?);\n/.exec(html)?.[1];
  if (!json) throw new Error("no inlined manifest");
  return Object.keys((JSON.parse(json) as { routes: Record<string, unknown> }).routes).sort();
}

const handle = createRequestHandler(testBuild());

async function page(path: string) {
  const controller = new AbortController();
  const response = await handle(new Request(`http://shop.test${path}`, { signal: controller.signal }));
  const html = await response.text();
  // What Node's server does when the response is sent: Remix's own stream timer goes with it.
  controller.abort();
  return { status: response.status, html };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("the document handler behind Remix", () => {
  it("gives every page its own content and routes, however often pages alternate", async () => {
    for (let round = 0; round < 3; round++) {
      const cafe = await page("/fr/produit/cafe");
      expect(cafe.status).toBe(200);
      expect(cafe.html).toContain("<h1>Produit cafe</h1>");
      expect(inlinedRouteIds(cafe.html)).toEqual(["home", "product", "root", "splat"]);
      expect(cafe.html).toContain('import * as route1 from "/assets/product.js"');

      const the = await page("/fr/produit/the");
      expect(the.html).toContain("<h1>Produit the</h1>");
      expect(the.html).not.toContain("Produit cafe");

      const category = await page("/fr/categorie/epicerie");
      expect(category.html).toContain("<h1>Catégorie <!-- -->epicerie</h1>");
      expect(inlinedRouteIds(category.html)).toEqual(["category", "home", "root", "splat"]);
      expect(category.html).not.toContain("/assets/product.js");

      const home = await page("/");
      expect(home.html).toContain("<h1>Accueil</h1>");
      expect(inlinedRouteIds(home.html)).toEqual(["home", "root"]);
    }
  });

  it("serves a path no page claims through the catch-all route, cached pages or not", async () => {
    for (let round = 0; round < 2; round++) {
      const missing = await page("/fr/inconnu/x");
      expect(missing.html).toContain("<h1>Introuvable</h1>");
      expect(inlinedRouteIds(missing.html)).toEqual(["home", "root", "splat"]);
      await page("/fr/produit/cafe");
    }
  });

  it("leaves no timer behind once a document is sent: the render is not kept in memory", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const sent = await page("/fr/produit/cafe");
    expect(sent.html).toContain("<h1>Produit cafe</h1>");
    expect(vi.getTimerCount()).toBe(0);
  });

  it("compresses the page whole, in the best encoding the browser takes, with its length", async () => {
    const url = "http://shop.test/fr/produit/cafe";
    const plain = await handle(new Request(url));
    const html = await plain.text();
    expect(plain.headers.get("Content-Encoding")).toBeNull();
    // The same URL answers differently by Accept-Encoding: caches must know it.
    expect(plain.headers.get("Vary")).toMatch(/Accept-Encoding/);
    const decoders = { br: brotliDecompressSync, gzip: gunzipSync };
    for (const [accept, encoding] of [
      ["gzip, deflate, br, zstd", "br"],
      ["br;q=0, gzip", "gzip"],
    ] as const) {
      const response = await handle(new Request(url, { headers: { "Accept-Encoding": accept } }));
      expect(response.headers.get("Content-Encoding")).toBe(encoding);
      expect(response.headers.get("Vary")).toMatch(/Accept-Encoding/);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(response.headers.get("Content-Length")).toBe(String(bytes.byteLength));
      expect(decoders[encoding](bytes).toString()).toBe(html);
    }
  });

  it("answers a revalidation with a 304 and no body when the page has not changed", async () => {
    const first = await handle(new Request("http://shop.test/fr/produit/cafe"));
    const etag = first.headers.get("ETag");
    expect(etag).toMatch(/^W\/"/);
    const again = await handle(
      new Request("http://shop.test/fr/produit/cafe", { headers: { "If-None-Match": etag ?? "" } }),
    );
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("takes a cached value's digest for its content in the ETag, and everything else as it is", async () => {
    const etagOf = async (path = "/fr/produit/cafe") =>
      (await handle(new Request(`http://shop.test${path}`))).headers.get("ETag");
    productDetails = cachedValue({ price: 890 }, "first");
    const first = await etagOf();
    expect(await etagOf()).toBe(first);
    // The same content under the same digest, as a new object after a catalog change: the same page.
    productDetails = cachedValue({ price: 890 }, "first");
    expect(await etagOf()).toBe(first);
    // The content itself is not serialized again: the digest stands for it.
    productDetails = cachedValue({ price: 890, unread: true }, "first");
    expect(await etagOf()).toBe(first);
    // Changed content comes with a new digest.
    productDetails = cachedValue({ price: 990 }, "second");
    const second = await etagOf();
    expect(second).not.toBe(first);
    // What is not a cached value counts whole: the loader's own fields, and plain nested objects.
    expect(await etagOf("/fr/produit/the")).not.toBe(second);
    productDetails = { price: 990 };
    const plain = await etagOf();
    productDetails = { price: 1090 };
    expect(await etagOf()).not.toBe(plain);
    productDetails = {};
  });

  it("leaves the page's bytes beside a body-less Response for a server that sends them itself", async () => {
    const request = () =>
      new Request("http://shop.test/fr/produit/cafe", { headers: { "Accept-Encoding": "br" } });
    const ordinary = await handle(request());
    const expected = brotliDecompressSync(Buffer.from(await ordinary.arrayBuffer())).toString();
    const response = await handle(request(), { [TAKES_DOCUMENT_BYTES]: true });
    expect(response.body).toBeNull();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Encoding")).toBe("br");
    const bytes = Reflect.get(response, DOCUMENT_BYTES) as Buffer;
    expect(response.headers.get("Content-Length")).toBe(String(bytes.byteLength));
    expect(brotliDecompressSync(bytes).toString()).toBe(expected);
    expect(expected).toContain("<h1>Produit cafe</h1>");
  });
});
