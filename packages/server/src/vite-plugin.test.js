// The development server's plugin registers the same guard: checked here on a bare connect-like stack.
import http from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sameOriginPlugin } from "./vite-plugin.js";

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
  expect(middlewares).toHaveLength(1);
  const [guard] = middlewares;
  server = http.createServer((request, response) => guard?.(request, response, () => response.end("ran")));
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
});
