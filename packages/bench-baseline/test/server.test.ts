// The built page behind its server, as the benchmark starts it (`pnpm build` first; turbo.json
// orders it): it must answer, and stay of the product page's size and shape, or it no longer tells
// what the framework alone costs for such a page.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  if (typeof address !== "object" || !address) throw new Error("no port");
  return address.port;
}

let child: ChildProcess;
let url: string;

beforeAll(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  child = spawn(process.execPath, ["server.js"], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
    env: { ...process.env, NODE_ENV: "production", PORT: String(port) },
    stdio: "inherit",
  });
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fetch(url);
      return;
    } catch (error) {
      if (attempt > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
});

afterAll(async () => {
  if (child.exitCode === null) {
    child.kill("SIGTERM");
    await once(child, "exit");
  }
});

describe("the bare Remix page", () => {
  it("is a server-rendered document with its data and scripts, uncompressed", async () => {
    const response = await fetch(url, { headers: { "accept-encoding": "br, gzip" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("content-encoding")).toBeNull();
    const html = await response.text();
    expect(html).toContain("<h1>Café du Kenya procédé miel, lot 1</h1>");
    expect(html).toContain("<title>Café du Kenya procédé miel, lot 1 — Comptoir</title>");
    expect(html).toContain("window.__remixContext");
    expect(html).toMatch(/12,90\s€/);
  });

  it("has the product page's weight: about 200 elements and 27 kB", async () => {
    const html = await (await fetch(url)).text();
    const bytes = Buffer.byteLength(html);
    const elements = html.match(/<[a-z][a-z0-9]*/gi)?.length ?? 0;
    expect(bytes).toBeGreaterThan(24_000);
    expect(bytes).toBeLessThan(31_000);
    expect(elements).toBeGreaterThan(180);
    expect(elements).toBeLessThan(230);
  });
});
