// The server's Remix handler on a small build of its own, behind a plain Node server: what @remix-run/express did (URL through
// the proxy, headers, bodies, cookies, streamed responses, aborts) and the documents whose bytes
// come beside their Response (document-bytes.js).
import http from "node:http";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOCUMENT_BYTES, responseWithDocumentBytes, TAKES_DOCUMENT_BYTES } from "./document-bytes.js";
import { remixHandler } from "./remix-handler.js";

/** @type {Record<string, unknown>[]} */
const contexts = [];
/** @type {(reason: unknown) => void} */
let onAbort = () => {};

const page = "<!DOCTYPE html><html><body>" + "<p>Café de Colombie</p>".repeat(100) + "</body></html>";

/** The entry's document handler: the bytes beside the Response when the server takes them. */
function handleDocument(
  /** @type {Request} */ request,
  /** @type {number} */ status,
  /** @type {Headers} */ headers,
  /** @type {unknown} */ _context,
  /** @type {Record<string, unknown>} */ loadContext,
) {
  contexts.push({ ...loadContext, url: request.url, forwarded: request.headers.get("x-test") });
  const bytes = gzipSync(page);
  headers.set("Content-Type", "text/html; charset=utf-8");
  headers.set("Content-Encoding", "gzip");
  headers.set("Content-Length", String(bytes.byteLength));
  headers.append("Set-Cookie", "a=1; Path=/");
  headers.append("Set-Cookie", "b=2; Path=/");
  const init = { status, headers };
  return loadContext[TAKES_DOCUMENT_BYTES]
    ? responseWithDocumentBytes(bytes, init)
    : new Response(bytes, init);
}

const routes = {
  root: { id: "root", path: "", module: { default: () => null } },
  page: { id: "page", parentId: "root", path: "page", module: { default: () => null } },
  // Resource routes: no component, their Response goes out as it is.
  echo: {
    id: "echo",
    parentId: "root",
    path: "echo",
    module: {
      action: async (/** @type {{ request: Request }} */ { request }) =>
        new Response(`received ${await request.text()}`, { headers: { "X-Method": request.method } }),
    },
  },
  stream: {
    id: "stream",
    parentId: "root",
    path: "stream",
    module: {
      loader: () =>
        new Response(
          new ReadableStream({
            start(controller) {
              for (const part of ["one ", "two ", "three"])
                controller.enqueue(new TextEncoder().encode(part));
              controller.close();
            },
          }),
        ),
    },
  },
  slow: {
    id: "slow",
    parentId: "root",
    path: "slow",
    module: {
      loader: (/** @type {{ request: Request }} */ { request }) =>
        new Promise((resolve) => {
          request.signal.addEventListener("abort", () => {
            onAbort(request.signal.aborted);
            resolve(new Response("too late"));
          });
        }),
    },
  },
};

const build = /** @type {import("@remix-run/node").ServerBuild} */ (
  /** @type {unknown} */ ({
    mode: "production",
    entry: { module: { default: handleDocument } },
    routes,
    assets: {
      entry: { module: "/assets/entry.client.js", imports: [] },
      routes: Object.fromEntries(
        Object.entries(routes).map(([id, { module, ...route }]) => [
          id,
          {
            ...route,
            module: `/assets/${id}.js`,
            hasAction: "action" in module,
            hasLoader: "loader" in module,
            hasClientAction: false,
            hasClientLoader: false,
            hasErrorBoundary: false,
          },
        ]),
      ),
      url: "/assets/manifest.js",
      version: "test",
    },
    publicPath: "/",
    assetsBuildDirectory: "build/client",
    basename: "/",
    future: {},
    isSpaMode: false,
  })
);

describe("remixHandler", () => {
  /** @type {import("node:http").Server} */
  let server;
  let url = "";

  beforeAll(async () => {
    const traced = remixHandler({ build, mode: "production", getLoadContext: () => ({}), tracing: true });
    const untraced = remixHandler({
      build,
      mode: "production",
      getLoadContext: () => ({ cspNonce: "n0nce" }),
      tracing: false,
    });
    // Node's own request and response, as the server hands them over (no Express).
    server = http.createServer((req, res) => {
      const handler = req.headers["x-traced"] ? traced : untraced;
      void handler(req, res, (error) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
    server.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const address = /** @type {import("node:net").AddressInfo} */ (server.address());
    url = `http://127.0.0.1:${address.port}`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("writes a document's bytes as they are, with its status, length and every cookie", async () => {
    contexts.length = 0;
    const response = await fetch(`${url}/page?x=1`, { headers: { "x-test": "kept" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(response.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/"]);
    const bytes = gzipSync(page);
    expect(response.headers.get("content-length")).toBe(String(bytes.byteLength));
    // undici's fetch decodes gzip: the page arrives whole.
    expect(await response.text()).toBe(page);
    expect(contexts).toEqual([
      { cspNonce: "n0nce", [TAKES_DOCUMENT_BYTES]: true, url: `${url}/page?x=1`, forwarded: "kept" },
    ]);
  });

  it("asks for an ordinary Response while Sentry traces requests (its wrapper remakes them)", async () => {
    contexts.length = 0;
    const response = await fetch(`${url}/page`, { headers: { "x-traced": "1" } });
    expect(await response.text()).toBe(page);
    expect(contexts[0]).toMatchObject({ [TAKES_DOCUMENT_BYTES]: false });
  });

  it("builds the URL the client asked for, through the trusted proxy", async () => {
    contexts.length = 0;
    await fetch(`${url}/page`, {
      headers: { "x-forwarded-proto": "https", "x-forwarded-host": "shop.example:8443" },
    });
    expect(contexts[0]?.url).toBe("https://shop.example:8443/page");
  });

  it("sends no body for HEAD", async () => {
    const response = await fetch(`${url}/page`, { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(await response.arrayBuffer()).toEqual(new ArrayBuffer(0));
  });

  it("passes a posted body to the action and streams responses that have one", async () => {
    const posted = await fetch(`${url}/echo`, { method: "POST", body: "hello" });
    expect(posted.headers.get("x-method")).toBe("POST");
    expect(await posted.text()).toBe("received hello");
    expect(await (await fetch(`${url}/stream`)).text()).toBe("one two three");
  });

  it("aborts the request's signal when the client leaves before its response", async () => {
    const aborted = new Promise((resolve) => (onAbort = resolve));
    const controller = new AbortController();
    const pending = fetch(`${url}/slow`, { signal: controller.signal }).catch((error) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    expect(await aborted).toBe(true);
    expect(await pending).toBeInstanceOf(Error);
  });
});

describe("responseWithDocumentBytes", () => {
  it("is a Response without a body, its bytes beside it out of sight of Remix", () => {
    const bytes = gzipSync(page);
    const response = responseWithDocumentBytes(bytes, {
      status: 404,
      headers: { "Content-Encoding": "gzip" },
    });
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(404);
    expect(response.body).toBeNull();
    expect(gunzipSync(/** @type {Buffer} */ (Reflect.get(response, DOCUMENT_BYTES))).toString()).toBe(page);
    expect(Object.keys(response)).toEqual([]);
  });
});
