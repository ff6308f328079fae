// The development server's plugin registers the same origin checks (the API's CORS answers, then the
// cross-site guard): checked here on a bare connect-like stack.
import http from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Writable } from "node:stream";
import { requestLogPlugin, sameOriginPlugin } from "./vite-plugin.js";

/** @type {http.Server | undefined} */
let server;

afterEach(async () => {
  vi.unstubAllEnvs();
  await new Promise((resolve) => (server ? server.close(() => resolve(undefined)) : resolve(undefined)));
  server = undefined;
});

/** Starts a server running the plugin's middleware in front of an app that answers "ran". */
async function devServer() {
  /** @type {import("./vite-plugin.js").DevServerLike["middlewares"]["use"] extends (handler: infer H) => unknown ? H[] : never} */
  const middlewares = [];
  const plugin = sameOriginPlugin();
  plugin.configureServer({ middlewares: { use: (handler) => middlewares.push(handler) } });
  expect(plugin.apply).toBe("serve");
  expect(middlewares).toHaveLength(2);
  const [cors, guard] = middlewares;
  server = http.createServer((request, response) =>
    cors?.(request, response, () => guard?.(request, response, () => response.end("ran"))),
  );
  await new Promise((resolve) => server?.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
}

describe("sameOriginPlugin", () => {
  it("refuses cross-origin posts on the development server and says how to allow an origin", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const url = await devServer();
    const refused = await fetch(`${url}/en/cart`, {
      method: "POST",
      headers: { origin: "https://evil.example" },
    });
    expect(refused.status).toBe(403);
    expect(warn).toHaveBeenCalledWith(
      `Refused POST /en/cart from https://evil.example (foreign-origin; this server is ${url}). Add the origin to ALLOWED_ORIGINS if it is yours.`,
    );
    const own = await fetch(`${url}/en/cart`, { method: "POST", headers: { origin: url } });
    expect(await own.text()).toBe("ran");
  });

  it("reads ALLOWED_ORIGINS, and never trusts forwarded headers", async () => {
    vi.stubEnv("ALLOWED_ORIGINS", "https://tunnel.example");
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const url = await devServer();
    const tunnelled = await fetch(`${url}/login`, {
      method: "POST",
      headers: { origin: "https://tunnel.example" },
    });
    expect(tunnelled.status).toBe(200);
    const forged = await fetch(`${url}/login`, {
      method: "POST",
      headers: {
        origin: "https://evil.example",
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "https",
      },
    });
    expect(forged.status).toBe(403);
  });

  it("answers the preflight of an origin listed in API_CORS_ORIGINS, as production does", async () => {
    vi.stubEnv("API_CORS_ORIGINS", "https://app.partner.example");
    const url = await devServer();
    const preflight = await fetch(`${url}/api/trpc/catalog.search`, {
      method: "OPTIONS",
      headers: { origin: "https://app.partner.example", "access-control-request-method": "POST" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("https://app.partner.example");
    const call = await fetch(`${url}/api/trpc/cart.add`, {
      method: "POST",
      headers: { origin: "https://app.partner.example" },
    });
    expect(await call.text()).toBe("ran");
  });
});

describe("requestLogPlugin", () => {
  it("logs page and data requests by route pattern, and none of Vite's own", async () => {
    /** @type {Record<string, unknown>[]} */
    const lines = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const build = {
      routes: {
        root: { id: "root", path: "" },
        product: { id: "product", parentId: "root", path: ":locale/product/:slug" },
      },
    };
    /** @type {Parameters<import("./vite-plugin.js").DevServerLike["middlewares"]["use"]>[0][]} */
    const middlewares = [];
    await requestLogPlugin({ name: "storefront", destination }).configureServer({
      middlewares: { use: (handler) => middlewares.push(handler) },
      ssrLoadModule: async () => build,
    });
    const [log] = middlewares;
    server = http.createServer((request, response) => log?.(request, response, () => response.end("page")));
    await new Promise((resolve) => server?.listen(0, "127.0.0.1", () => resolve(undefined)));
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    // The first request loads the route table; later ones are matched against it.
    await fetch(`${url}/en/product/honey?utm_source=mail`);
    await fetch(`${url}/en/product/honey`);
    await fetch(`${url}/app/root.tsx`);
    await fetch(`${url}/@vite/client`);
    await fetch(`${url}/node_modules/.vite/deps/react.js`);
    await vi.waitFor(() => expect(lines).toHaveLength(2));
    expect(lines[1]).toMatchObject({
      name: "storefront",
      method: "GET",
      route: "/:locale/product/:slug",
      status: 200,
    });
    expect(JSON.stringify(lines)).not.toContain("honey");
  });
});
