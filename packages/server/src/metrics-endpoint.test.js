import http from "node:http";
import { Writable } from "node:stream";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppLogger } from "./app-logger.js";
import { setDbPoolSource } from "@comptoir/observability";
import { appDatabasePoolUsage, metricsEndpoint } from "./metrics-endpoint.js";
import { startHealthServer } from "./probes.js";
import { requestLog } from "./request-log.js";

/** @type {Array<() => Promise<void>>} */
const cleanups = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/**
 * Serves `handler` on a free port.
 *
 * @param {http.RequestListener} handler
 */
async function serve(handler) {
  const server = http.createServer(handler);
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  cleanups.push(() => new Promise((resolve) => server.close(() => resolve(undefined))));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
}

/** @param {{ nodeEnv: "development" | "production" | "test", token: string | undefined, internal?: boolean }} options */
async function endpointAt(options) {
  const endpoint = metricsEndpoint(options);
  return serve((request, response) =>
    endpoint(request, response, () => {
      response.writeHead(418);
      response.end("next");
    }),
  );
}

describe("metricsEndpoint", () => {
  it("is open in development and test, in the Prometheus text format", async () => {
    const url = await endpointAt({ nodeEnv: "test", token: undefined });
    const response = await fetch(`${url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toContain("# TYPE comptoir_http_requests_total counter");
  });

  it("passes other paths on", async () => {
    const url = await endpointAt({ nodeEnv: "test", token: undefined });
    expect((await fetch(`${url}/metrics-not`)).status).toBe(418);
  });

  it("does not exist in production without a token", async () => {
    const url = await endpointAt({ nodeEnv: "production", token: undefined });
    const response = await fetch(`${url}/metrics`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("comptoir_");
  });

  it("requires the bearer token once one is set, in every environment", async () => {
    for (const nodeEnv of /** @type {const} */ (["production", "development"])) {
      const url = await endpointAt({ nodeEnv, token: "s3cret-scrape-token" });
      const missing = await fetch(`${url}/metrics`);
      expect(missing.status).toBe(401);
      expect(missing.headers.get("www-authenticate")).toContain("Bearer");
      const wrong = await fetch(`${url}/metrics`, { headers: { Authorization: "Bearer nope" } });
      expect(wrong.status).toBe(401);
      const right = await fetch(`${url}/metrics`, {
        headers: { Authorization: "Bearer s3cret-scrape-token" },
      });
      expect(right.status).toBe(200);
      expect(await right.text()).toContain("comptoir_http_request_duration_seconds");
    }
  });

  it("is open on an internal port in production, unless a token is set", async () => {
    const open = await endpointAt({ nodeEnv: "production", token: undefined, internal: true });
    expect((await fetch(`${open}/metrics`)).status).toBe(200);
    const guarded = await endpointAt({ nodeEnv: "production", token: "t0ken", internal: true });
    expect((await fetch(`${guarded}/metrics`)).status).toBe(401);
  });

  it("is served by the probe server when asked to, next to /healthz", async () => {
    const health = await startHealthServer({
      port: 0,
      host: "127.0.0.1",
      readiness: { check: async () => ({ status: "ok", checks: /** @type {never} */ ({}) }) },
      isDraining: () => false,
      metrics: { nodeEnv: "production", token: undefined },
    });
    cleanups.push(health.close);
    const url = `http://127.0.0.1:${health.port}`;
    expect((await fetch(`${url}/metrics`)).status).toBe(200);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/other`)).status).toBe(404);
  });
});

describe("appDatabasePoolUsage", () => {
  it("reads the pool the Remix build's database client publishes on globalThis", async () => {
    const holder = /** @type {{ __comptoirDb?: unknown }} */ (globalThis);
    expect(appDatabasePoolUsage()).toBeUndefined();
    holder.__comptoirDb = { poolUsage: () => ({ total: 4, idle: 1, waiting: 2 }) };
    try {
      setDbPoolSource(appDatabasePoolUsage);
      const url = await endpointAt({ nodeEnv: "test", token: undefined });
      const body = await (await fetch(`${url}/metrics`)).text();
      expect(body).toContain('comptoir_db_pool_connections{state="total"} 4');
      expect(body).toContain('comptoir_db_pool_connections{state="waiting"} 2');
    } finally {
      holder.__comptoirDb = undefined;
    }
  });
});

describe("HTTP metrics", () => {
  let url = "";

  beforeAll(async () => {
    const { logger } = await createAppLogger({
      name: "storefront",
      nodeEnv: "test",
      level: "silent",
      destination: new Writable({ write: (_chunk, _encoding, done) => done() }),
    });
    const app = express();
    app.use(metricsEndpoint({ nodeEnv: "test", token: undefined }));
    app.use(
      requestLog({
        logger,
        routeOf: (pathname) => (pathname.startsWith("/en/orders/") ? "/:lang/orders/:id" : "/:page"),
      }),
    );
    app.get("/en/orders/:id", (_request, response) => {
      response.send("order");
    });
    app.get("/boom", (_request, response) => {
      response.status(500).send("failed");
    });
    url = await serve(app);
  });

  it("counts requests by route template and status, never by raw path", async () => {
    await fetch(`${url}/en/orders/ord_secret_123`);
    await fetch(`${url}/en/orders/ord_other_456`);
    await fetch(`${url}/boom`);
    const body = await (await fetch(`${url}/metrics`)).text();
    expect(body).toContain(
      'comptoir_http_requests_total{method="GET",route="/:lang/orders/:id",status="200"} 2',
    );
    expect(body).toContain('comptoir_http_requests_total{method="GET",route="/:page",status="500"} 1');
    expect(body).toMatch(
      /comptoir_http_request_duration_seconds_count\{method="GET",route="\/:lang\/orders\/:id",status="200"\} 2/,
    );
    expect(body).not.toContain("ord_secret_123");
    // Scrapes are answered before the request log: they do not count themselves.
    expect(body).not.toContain('route="/metrics"');
  });
});
