// /healthz and /readyz against a real PostgreSQL (a migrated database of its own) and Redis when the
// environment has one (REDIS_URL), else a fake server answering PONG.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTestDatabase } from "@comptoir/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { healthEndpoints } from "./health.js";
import { createReadiness, findMigrationsDir, startHealthServer } from "./probes.js";

const migrationsDir = findMigrationsDir(import.meta.dirname) ?? "";

/** A port nothing listens on. */
async function closedPort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  await new Promise((resolve) => server.close(() => resolve(undefined)));
  return typeof address === "object" && address ? address.port : 9;
}

/** A Redis stand-in answering PONG, for machines without Redis. */
async function fakeRedis() {
  const server = net.createServer((socket) => socket.on("data", () => socket.write("+PONG\r\n")));
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `redis://127.0.0.1:${port}`, close: () => server.close() };
}

describe("readiness", () => {
  /** @type {import("@comptoir/db/testing").TestDatabase} */
  let database;
  /** @type {{ url: string, close: () => void }} */
  let redis;
  /** @type {Array<{ close: () => Promise<void> }>} */
  const opened = [];

  beforeAll(async () => {
    database = await createTestDatabase("probes");
    redis = process.env.REDIS_URL
      ? { url: process.env.REDIS_URL, close: () => undefined }
      : await fakeRedis();
  });

  afterAll(async () => {
    await Promise.all(opened.map((readiness) => readiness.close()));
    redis?.close();
    await database?.drop();
  });

  /** @param {Partial<Parameters<typeof createReadiness>[0]>} options */
  function readinessWith(options) {
    const readiness = createReadiness({
      databaseUrl: database.url,
      redisUrl: undefined,
      migrationsDir,
      cacheMs: 0,
      ...options,
    });
    opened.push(readiness);
    return readiness;
  }

  it("is ok with PostgreSQL reachable, every migration applied and Redis answering", async () => {
    expect(migrationsDir).not.toBe("");
    expect(await readinessWith({ redisUrl: redis.url }).check()).toEqual({
      status: "ok",
      checks: { postgres: { status: "ok" }, migrations: { status: "ok" }, redis: { status: "ok" } },
    });
    expect((await readinessWith({}).check()).checks.redis).toEqual({ status: "skipped" });
  });

  it("is degraded, not unavailable, when only Redis is down", async () => {
    const report = await readinessWith({ redisUrl: `redis://127.0.0.1:${await closedPort()}` }).check();
    expect(report.status).toBe("degraded");
    expect(report.checks.redis).toEqual({ status: "error", error: "ECONNREFUSED" });
  });

  it("is unavailable when PostgreSQL is down or a migration is missing", async () => {
    const down = await readinessWith({
      databaseUrl: `postgresql://postgres@127.0.0.1:${await closedPort()}/shop`,
    }).check();
    expect(down.status).toBe("unavailable");
    expect(down.checks.postgres).toEqual({ status: "error", error: "ECONNREFUSED" });

    // A release whose code has one migration more than the database.
    const newer = mkdtempSync(path.join(tmpdir(), "migrations-"));
    cpSync(migrationsDir, newer, { recursive: true });
    mkdirSync(path.join(newer, "29991231000000_next"));
    writeFileSync(path.join(newer, "29991231000000_next", "migration.sql"), "SELECT 1;");
    const behind = await readinessWith({ migrationsDir: newer }).check();
    expect(behind.status).toBe("unavailable");
    expect(behind.checks.migrations).toEqual({
      status: "error",
      error: "pending migrations",
      pending: ["29991231000000_next"],
    });
  });

  it("reuses a recent result instead of querying at every probe", async () => {
    const readiness = readinessWith({ cacheMs: 60_000 });
    const first = readiness.check();
    expect(readiness.check()).toBe(first);
    expect((await first).status).toBe("ok");
  });

  it("answers /healthz and /readyz as JSON, never cached, 503 while stopping or unavailable", async () => {
    let stopping = false;
    const health = await startHealthServer({
      port: 0,
      host: "127.0.0.1",
      readiness: readinessWith({}),
      isDraining: () => stopping,
    });
    const base = `http://127.0.0.1:${health.port}`;
    try {
      const alive = await fetch(`${base}/healthz`);
      expect(alive.status).toBe(200);
      expect(alive.headers.get("cache-control")).toBe("no-store");
      expect(await alive.json()).toEqual({ status: "ok" });
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: "ok" });
      stopping = true;
      const draining = await fetch(`${base}/readyz`);
      expect(draining.status).toBe(503);
      expect(await draining.json()).toMatchObject({ status: "stopping" });
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/metrics`)).status).toBe(404);
    } finally {
      await health.close();
    }

    const unavailable = healthEndpoints({
      readiness: readinessWith({ databaseUrl: `postgresql://postgres@127.0.0.1:${await closedPort()}/x` }),
      isDraining: () => false,
    });
    const response = await new Promise((resolve) => {
      /** @type {{ status?: number, headers?: Record<string, string>, body?: string }} */
      const answer = {};
      const fake = /** @type {import("node:http").ServerResponse} */ (
        /** @type {unknown} */ ({
          writeHead: (/** @type {number} */ status, /** @type {Record<string, string>} */ headers) => {
            answer.status = status;
            answer.headers = headers;
          },
          end: (/** @type {string} */ body) => resolve({ ...answer, body }),
        })
      );
      unavailable(
        /** @type {import("node:http").IncomingMessage} */ ({ url: "/readyz" }),
        fake,
        () => undefined,
      );
    });
    expect(response).toMatchObject({ status: 503, headers: { "Cache-Control": "no-store" } });
  });
});
