// Runs against the storefront's production build (turbo builds it first): what ships is what is tested.
import { spawnSync } from "node:child_process";
import net from "node:net";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startAppServer } from "./index.js";

const appDir = fileURLToPath(new URL("../../../apps/storefront", import.meta.url));
const buildDir = `${appDir}/build`;

describe("startAppServer", () => {
  /** @type {Awaited<ReturnType<typeof startAppServer>>} */
  let app;
  /** @type {Record<string, unknown>[]} */
  const logLines = [];

  beforeAll(async () => {
    // The build checks at load time that a database is configured; these requests never reach it.
    process.env.DATABASE_URL ??= "postgresql://unused@127.0.0.1:9/unused";
    const { createAppLogger } = await import("./app-logger.js");
    const destination = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split("\n").filter(Boolean)) logLines.push(JSON.parse(line));
        done();
      },
    });
    const { logger } = await createAppLogger({
      name: "storefront",
      nodeEnv: "test",
      destination,
      level: "info",
    });
    app = await startAppServer({ name: "storefront", buildDir, port: 0, host: "127.0.0.1", logger });
  });

  afterAll(async () => {
    await app?.close();
  });

  it("serves hashed assets compressed and cached for a year", async () => {
    const html = await fetch(`${app.url}/favicon.svg`);
    expect(html.status).toBe(200);
    const manifest = await import(`${buildDir}/server/index.js`);
    const asset = manifest.assets.entry.module;
    const response = await fetch(`${app.url}${asset}`, { headers: { "accept-encoding": "gzip" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(response.headers.get("x-powered-by")).toBeNull();
    // A browser that takes Brotli gets Brotli (undici's fetch decodes it).
    const brotli = await fetch(`${app.url}${asset}`, { headers: { "accept-encoding": "gzip, br" } });
    expect(brotli.headers.get("content-encoding")).toBe("br");
    expect(await brotli.text()).toBe(await (await fetch(`${app.url}${asset}`)).text());
  });

  it("sends pages compressed once, by the document handler, whatever the status", async () => {
    // Without its database the app answers its localized error page (and logs why): a document
    // all the same.
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    for (const [accept, encoding] of /** @type {const} */ ([
      ["gzip, deflate, br", "br"],
      ["gzip", "gzip"],
    ])) {
      const response = await fetch(`${app.url}/fr/produit/cafe`, { headers: { "accept-encoding": accept } });
      expect(response.headers.get("content-encoding")).toBe(encoding);
      expect(response.headers.get("vary")).toMatch(/Accept-Encoding/);
      // undici's fetch decodes one encoding: a page compressed twice would not read as HTML.
      expect(await response.text()).toMatch(/^<!DOCTYPE html>/);
    }
    expect(logged).toHaveBeenCalled();
  });

  it("counts page reads on /metrics, through the limiter in front of the app", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const pages = Array.from({ length: 6 }, () => fetch(`${app.url}/fr/produit/cafe`));
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    // Scraped while the six pages may still be in flight: at most 4 of them at once, none lost.
    const active = Number(/comptoir_page_reads\{state="active"\} (\d+)/.exec(metrics)?.[1]);
    const waiting = Number(/comptoir_page_reads\{state="waiting"\} (\d+)/.exec(metrics)?.[1]);
    expect(active).toBeLessThanOrEqual(4);
    expect(active + waiting).toBeLessThanOrEqual(6);
    for (const page of await Promise.all(pages)) expect(page.status).toBe(500);
    const after = await (await fetch(`${app.url}/metrics`)).text();
    expect(after).toContain('comptoir_page_reads{state="active"} 0');
    expect(after).toContain('comptoir_page_reads{state="waiting"} 0');
    expect(logged).toHaveBeenCalled();
  });

  it("answers 404 for a missing asset without reaching the app", async () => {
    const response = await fetch(`${app.url}/assets/missing-file.js`);
    expect(response.status).toBe(404);
  });

  it("refuses a form posted from another site before the app runs, in the page's language", async () => {
    // The app cannot reach its database here: a request that got past the check would fail with a 500.
    const response = await fetch(`${app.url}/en/cart`, {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
      body: "intent=add&variantId=v1&quantity=1",
    });
    expect(response.status).toBe(403);
    expect(response.headers.get("content-language")).toBe("en");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toContain("<h1>Request refused</h1>");
    const proxied = await fetch(`${app.url}/fr/panier`, {
      method: "POST",
      headers: { origin: app.url, "x-forwarded-proto": "https", "x-forwarded-host": "shop.example" },
    });
    expect(proxied.status).toBe(403);
    expect(await proxied.text()).toContain("<h1>Demande refusée</h1>");
    // Reading is never refused.
    const favicon = await fetch(`${app.url}/favicon.svg`, { headers: { origin: "https://evil.example" } });
    expect(favicon.status).toBe(200);
  });

  it("logs page requests with the route they matched, not static files nor probes", async () => {
    const manifest = await import(`${buildDir}/server/index.js`);
    const asset = await fetch(`${app.url}${manifest.assets.entry.module}`);
    const favicon = await fetch(`${app.url}/favicon.svg`);
    const alive = await fetch(`${app.url}/healthz`);
    expect(alive.status).toBe(200);
    expect(alive.headers.get("cache-control")).toBe("no-store");
    expect(await alive.json()).toEqual({ status: "ok" });
    // No database here: not ready, answered before Remix, and not an error in the logs.
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      status: "unavailable",
      checks: { postgres: { status: "error" } },
    });
    const refused = await fetch(`${app.url}/en/cart?coupon=SECRET42`, {
      method: "POST",
      headers: { origin: "https://evil.example", "x-request-id": "refused-0001" },
    });
    expect(refused.status).toBe(403);
    expect(refused.headers.get("x-request-id")).toBe("refused-0001");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(logLines.find((line) => line.requestId === "refused-0001")).toMatchObject({
      msg: "request",
      method: "POST",
      route: "/en/cart",
      status: 403,
    });
    for (const id of [asset, favicon, alive, ready].map((response) => response.headers.get("x-request-id"))) {
      expect(logLines.find((line) => line.requestId === id)).toBeUndefined();
    }
    expect(JSON.stringify(logLines)).not.toContain("SECRET42");
  });

  it("explains a port already in use in one line", async () => {
    const blocker = net.createServer();
    await new Promise((resolve) => blocker.listen(0, "127.0.0.1", () => resolve(undefined)));
    const address = blocker.address();
    const port = typeof address === "object" && address ? address.port : 0;
    await expect(startAppServer({ name: "admin", buildDir, port, host: "127.0.0.1" })).rejects.toThrow(
      `Port ${port} is already in use: the admin cannot start. Set PORT to another port.`,
    );
    await new Promise((resolve) => blocker.close(() => resolve(undefined)));
  });
});

describe("node server.js", () => {
  it("refuses to start without DATABASE_URL, in one line", () => {
    /** @type {NodeJS.ProcessEnv} */
    const env = { ...process.env, PORT: "0" };
    delete env.DATABASE_URL;
    const result = spawnSync(process.execPath, ["server.js"], {
      cwd: appDir,
      env,
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      "✖ DATABASE_URL is not set. Set it to your PostgreSQL server (postgresql://user:password@host:5432/db), or run `pnpm dev`, which provides one.",
    );
  });

  it("refuses a malformed ALLOWED_ORIGINS, in one line", () => {
    const result = spawnSync(process.execPath, ["server.js"], {
      cwd: appDir,
      env: { ...process.env, PORT: "0", ALLOWED_ORIGINS: "https://shop.example/fr" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      '✖ ALLOWED_ORIGINS must list origins such as https://shop.example, separated by commas: "https://shop.example/fr" is not one.',
    );
  });

  it("refuses a malformed DATABASE_URL", () => {
    const result = spawnSync(process.execPath, ["server.js"], {
      cwd: appDir,
      env: { ...process.env, PORT: "0", DATABASE_URL: "mysql://db/shop" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      "✖ DATABASE_URL must be a postgresql:// URL, e.g. postgresql://user:password@localhost:5432/comptoir.",
    );
  });
});
