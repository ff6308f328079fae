import { Writable } from "node:stream";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppLogger } from "./app-logger.js";
import { REQUEST_LOG_HEADER, setRequestUser } from "@comptoir/observability";
import { requestLog } from "./request-log.js";

/** A logger whose lines the test reads. */
async function captureLogger() {
  /** @type {Record<string, unknown>[]} */
  const lines = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const { logger } = await createAppLogger({
    name: "storefront",
    nodeEnv: "test",
    destination,
    level: "info",
  });
  return { logger, lines };
}

describe("requestLog", () => {
  /** @type {Record<string, unknown>[]} */
  let lines;
  /** @type {import("node:http").Server} */
  let server;
  let url = "";

  beforeAll(async () => {
    const capture = await captureLogger();
    lines = capture.lines;
    const app = express();
    app.use(
      requestLog({
        logger: capture.logger,
        routeOf: (pathname) => (pathname.startsWith("/en/account") ? "/en/account/*" : "/:page"),
        skip: (pathname) => pathname.startsWith("/assets/"),
      }),
    );
    app.get("/assets/app.js", (_request, response) => {
      response.send("//");
    });
    app.get("/en/account/orders", async (request, response) => {
      // What the API does, deep in a loader's async work, once it has read the session from the
      // request's headers (Remix hands loaders a copy of them).
      const headers = new Headers({ [REQUEST_LOG_HEADER]: String(request.headers[REQUEST_LOG_HEADER]) });
      await new Promise((resolve) => setTimeout(resolve, 1));
      setRequestUser(headers, "user_42");
      response.send("orders");
    });
    app.get("/echo-log-key", (request, response) => {
      response.send(String(request.headers[REQUEST_LOG_HEADER]));
    });
    app.get("/boom", (_request, response) => {
      response.status(500).send("oops");
    });
    app.get("/:page", (_request, response) => {
      response.send("page");
    });
    server = await new Promise((resolve) => {
      const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
    });
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(() => resolve(undefined)));
  });

  /** The line of one request, once its answer is complete. */
  async function lineOf(/** @type {string} */ requestId) {
    for (let i = 0; i < 50; i += 1) {
      const line = lines.find((entry) => entry.requestId === requestId);
      if (line) return line;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`no log line for ${requestId}`);
  }

  it("writes one line with id, method, route, status, duration and user, echoing the id", async () => {
    const response = await fetch(`${url}/en/account/orders?token=secret-reset-token`, {
      headers: { "x-request-id": "req-0123456789", cookie: "comptoir_session=s3cr3t" },
    });
    expect(response.headers.get("x-request-id")).toBe("req-0123456789");
    const line = await lineOf("req-0123456789");
    expect(line).toMatchObject({
      level: "info",
      service: "storefront",
      msg: "request",
      requestId: "req-0123456789",
      method: "GET",
      route: "/en/account/*",
      status: 200,
      userId: "user_42",
    });
    expect(typeof line.durationMs).toBe("number");
    expect(lines.filter((entry) => entry.requestId === "req-0123456789")).toHaveLength(1);
    // Neither the path's query string nor the cookie reach the logs.
    const text = JSON.stringify(lines);
    expect(text).not.toContain("secret-reset-token");
    expect(text).not.toContain("s3cr3t");
    expect(text).not.toContain("/en/account/orders");
  });

  it("names each request's log context itself, whatever the client sends under that header", async () => {
    const forged = "0123abcd-0000-4000-8000-000000000000";
    const [first, second] = await Promise.all(
      [1, 2].map(async () =>
        (await fetch(`${url}/echo-log-key`, { headers: { [REQUEST_LOG_HEADER]: forged } })).text(),
      ),
    );
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(first).not.toBe(forged);
    expect(second).not.toBe(first);
  });

  it("replaces an id that is not one by a new UUID", async () => {
    const response = await fetch(`${url}/fr`, { headers: { "x-request-id": "bad id\twith spaces" } });
    const id = response.headers.get("x-request-id") ?? "";
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(await lineOf(id)).toMatchObject({ route: "/:page", status: 200 });
    expect(JSON.stringify(lines)).not.toContain("with spaces");
  });

  it("logs server errors at the error level and skips static files", async () => {
    const failed = await fetch(`${url}/boom`);
    expect(await lineOf(failed.headers.get("x-request-id") ?? "")).toMatchObject({
      level: "error",
      status: 500,
      msg: "request failed",
    });
    const asset = await fetch(`${url}/assets/app.js`);
    expect(asset.status).toBe(200);
    const assetId = asset.headers.get("x-request-id") ?? "";
    expect(assetId).not.toBe("");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lines.find((entry) => entry.requestId === assetId)).toBeUndefined();
  });
});
