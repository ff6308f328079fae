// The public API's CORS policy and the cross-site check together, over real HTTP.
import http from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { apiCorsOriginsFromEnv } from "./api-cors.js";
import { originChecks } from "./origin-checks.js";

/** @type {(() => Promise<void>)[]} */
const cleanups = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const PARTNER = "https://app.partner.example";

/** @returns {Promise<{ url: string, reached: string[] }>} */
async function serve() {
  /** @type {string[]} */
  const reached = [];
  const [cors, guard] = originChecks({
    allowedOrigins: new Set(),
    apiCorsOrigins: apiCorsOriginsFromEnv({ API_CORS_ORIGINS: `${PARTNER}/` }),
    trustProxy: false,
  });
  const server = http.createServer((request, response) =>
    cors(request, response, () =>
      guard(request, response, () => {
        reached.push(`${request.method} ${request.url}`);
        response.end("ran");
      }),
    ),
  );
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`, reached };
}

describe("the public API's CORS policy", () => {
  it("answers a listed origin's preflight, without allowing credentials", async () => {
    const { url, reached } = await serve();
    const response = await fetch(`${url}/api/trpc/cart.add`, {
      method: "OPTIONS",
      headers: {
        Origin: PARTNER,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(PARTNER);
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, POST, OPTIONS");
    expect(response.headers.get("access-control-allow-headers")).toContain("content-type");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(response.headers.get("vary")).toBe("Origin");
    expect(reached).toEqual([]);
  });

  it("refuses another origin's preflight and gives its reads no CORS header", async () => {
    const { url, reached } = await serve();
    const preflight = await fetch(`${url}/api/trpc/cart.add`, {
      method: "OPTIONS",
      headers: { Origin: "https://evil.example", "Access-Control-Request-Method": "POST" },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    const read = await fetch(`${url}/api/trpc/catalog.categoryTree`, {
      headers: { Origin: "https://evil.example" },
    });
    expect(read.headers.get("access-control-allow-origin")).toBeNull();
    expect(reached).toEqual(["GET /api/trpc/catalog.categoryTree"]);
  });

  it("lets a listed origin call the API, but not post to the pages", async () => {
    const { url, reached } = await serve();
    const call = await fetch(`${url}/api/trpc/cart.add`, {
      method: "POST",
      headers: { Origin: PARTNER },
      body: "{}",
    });
    expect(call.status).toBe(200);
    expect(call.headers.get("access-control-allow-origin")).toBe(PARTNER);
    const form = await fetch(`${url}/en/cart`, { method: "POST", headers: { Origin: PARTNER }, body: "x=1" });
    expect(form.status).toBe(403);
    const forged = await fetch(`${url}/api/trpc/cart.add`, {
      method: "POST",
      headers: { Origin: "https://evil.example" },
      body: "{}",
    });
    expect(forged.status).toBe(403);
    expect(reached).toEqual(["POST /api/trpc/cart.add"]);
  });

  it("gives pages no CORS header, whoever asks", async () => {
    const { url } = await serve();
    const response = await fetch(`${url}/en`, { headers: { Origin: PARTNER } });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("stops at a malformed origin list, naming the variable", () => {
    expect(() =>
      apiCorsOriginsFromEnv({ API_CORS_ORIGINS: "https://ok.example,partner.example/app" }),
    ).toThrow(/^API_CORS_ORIGINS must list origins/);
  });
});
