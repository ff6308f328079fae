// Remix's server runtime is patched (patches/@remix-run__server-runtime@2.17.5.patch): a loader gets
// the request itself when its URL has no query string, instead of two copies made to strip the
// parameters Remix adds to its own requests (`index`, `_routes`, `_data`). These tests hold the
// patched runtime to what loaders saw before.
import { callRouteLoader } from "@remix-run/server-runtime/dist/data.js";
import { describe, expect, it } from "vitest";

/**
 * The request a loader receives for this one.
 * @param {Request} request
 * @param {boolean} singleFetch
 * @returns {Promise<Request>}
 */
async function loaderRequest(request, singleFetch = true) {
  /** @type {Request | undefined} */
  let received;
  await callRouteLoader({
    request,
    loader: ({ request: seen }) => {
      received = seen;
      return null;
    },
    params: {},
    loadContext: {},
    routeId: "routes/product",
    singleFetch,
  });
  if (!received) throw new Error("the loader was not called");
  return received;
}

describe("a loader's request", () => {
  it("is the request itself when there is no query string to strip", async () => {
    const request = new Request("https://shop.example/fr/produit/cafe", {
      headers: { "accept-language": "fr", cookie: "a=b" },
    });
    const seen = await loaderRequest(request);
    expect(seen).toBe(request);
    expect(seen.url).toBe("https://shop.example/fr/produit/cafe");
    expect(seen.method).toBe("GET");
    expect(seen.headers.get("cookie")).toBe("a=b");
    expect(seen.headers.get("accept-language")).toBe("fr");
  });

  it("follows the request's abort signal", async () => {
    const controller = new AbortController();
    const seen = await loaderRequest(new Request("https://shop.example/fr", { signal: controller.signal }));
    controller.abort();
    expect(seen.signal.aborted).toBe(true);
  });

  it("loses Remix's own parameters and keeps the page's", async () => {
    const cases = [
      [
        "https://shop.example/fr/categorie/the?index&prix=10",
        true,
        "https://shop.example/fr/categorie/the?prix=10",
      ],
      ["https://shop.example/fr?index=keep", true, "https://shop.example/fr?index=keep"],
      [
        "https://shop.example/fr/produit/cafe?_routes=routes%2Fproduct&variant=A1",
        true,
        "https://shop.example/fr/produit/cafe?variant=A1",
      ],
      [
        "https://shop.example/fr/produit/cafe?_data=routes%2Fproduct&variant=A1",
        false,
        "https://shop.example/fr/produit/cafe?variant=A1",
      ],
      [
        "https://shop.example/fr/recherche?q=caf%C3%A9",
        true,
        "https://shop.example/fr/recherche?q=caf%C3%A9",
      ],
    ];
    for (const [url, singleFetch, expected] of cases) {
      const seen = await loaderRequest(new Request(String(url)), Boolean(singleFetch));
      expect(seen.url, String(url)).toBe(expected);
    }
  });
});
