import http from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { middlewareChain } from "./middleware-chain.js";

/** @type {http.Server | undefined} */
let server;
afterEach(() => new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined))));

/** Serves `listener` on a free port and returns its address. */
async function serve(/** @type {http.RequestListener} */ listener) {
  server = http.createServer(listener);
  await new Promise((resolve) => server?.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = /** @type {import("node:net").AddressInfo} */ (server.address());
  return `http://127.0.0.1:${address.port}`;
}

/** @type {(error: unknown, req: unknown, res: import("node:http").ServerResponse) => void} */
const fail = (error, _req, res) => {
  res.statusCode = 500;
  res.end(`failed: ${error instanceof Error ? error.message : String(error)}`);
};

describe("middlewareChain", () => {
  it("runs the middleware in order with res.locals, then the last handler", async () => {
    const url = await serve(
      /** @type {http.RequestListener} */ (
        middlewareChain(
          [
            (_req, res, next) => {
              res.setHeader("X-First", "1");
              if (res.locals) res.locals.seen = ["first"];
              next();
            },
            (_req, res, next) => {
              const seen = /** @type {string[]} */ (res.locals?.seen ?? []);
              seen.push("second");
              next();
            },
          ],
          (_req, res) => {
            res.end(JSON.stringify(res.locals?.seen));
          },
          fail,
        )
      ),
    );
    const response = await fetch(url);
    expect(response.headers.get("x-first")).toBe("1");
    expect(await response.json()).toEqual(["first", "second"]);
  });

  it("stops at a middleware that answers", async () => {
    const url = await serve(
      /** @type {http.RequestListener} */ (
        middlewareChain([(_req, res) => res.end("probe")], () => expect.unreachable(), fail)
      ),
    );
    expect(await (await fetch(url)).text()).toBe("probe");
  });

  it("sends errors passed on, thrown or rejected, and requests nothing answered, to `fail`", async () => {
    const url = await serve(
      /** @type {http.RequestListener} */ (
        middlewareChain(
          [
            (req, _res, next) => (req.url === "/passed" ? next(new Error("passed")) : next()),
            (req, _res, next) => {
              if (req.url === "/thrown") throw new Error("thrown");
              next();
            },
            async (req, _res, next) => {
              if (req.url === "/rejected") throw new Error("rejected");
              next();
            },
          ],
          (_req, _res, next) => next(),
          fail,
        )
      ),
    );
    for (const path of ["passed", "thrown", "rejected"]) {
      const response = await fetch(`${url}/${path}`);
      expect([response.status, await response.text()]).toEqual([500, `failed: ${path}`]);
    }
    expect(await (await fetch(`${url}/other`)).text()).toBe("failed: Nothing answered GET /other");
  });
});
