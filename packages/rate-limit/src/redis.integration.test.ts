// The Redis backend against a real Redis. This file's Redis cases are collected only when REDIS_URL
// is set (CI and this project's machines have one at redis://127.0.0.1:6379); without it they are not
// collected at all, and the memory backend's run of the same contract (memory.test.ts) covers the
// behaviour. The outage case below needs no Redis and always runs.
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createRateLimiter } from "./create-rate-limiter";
import { readRateLimitEnv } from "./env";
import { RateLimitedError } from "./rate-limited-error";
import { freshPrefix, rateLimiterContract } from "./rate-limiter.contract";
import { closeRateLimitConnections, redisConnection } from "./redis-connection";

const { REDIS_URL } = readRateLimitEnv();

afterAll(() => closeRateLimitConnections());

if (REDIS_URL) {
  const url = REDIS_URL;
  // The limiters send nothing to Redis before the connection is ready (they count in memory
  // meanwhile): wait for it, so that these cases exercise Redis itself.
  const ready = async () => {
    const connection = redisConnection(url);
    if (connection.status !== "ready") await new Promise((resolve) => connection.once("ready", resolve));
  };

  beforeAll(ready);

  rateLimiterContract("redis", (options) => createRateLimiter({ ...options, redisUrl: url }));

  describe("Redis backend", () => {
    it("keeps its counters in Redis, expiring with the window", async () => {
      const keyPrefix = freshPrefix("stored");
      const limiter = createRateLimiter({ keyPrefix, points: 5, durationSec: 60, redisUrl: url });
      await limiter.consume("shopper", 2);
      const inspector = new Redis(url);
      try {
        expect(await inspector.get(`${keyPrefix}:shopper`)).toBe("2");
        const ttl = await inspector.ttl(`${keyPrefix}:shopper`);
        expect(ttl).toBeGreaterThan(0);
        expect(ttl).toBeLessThanOrEqual(60);
      } finally {
        await inspector.quit();
      }
    });

    it("shares counters between limiters, as between app processes", async () => {
      const keyPrefix = freshPrefix("shared");
      const first = createRateLimiter({ keyPrefix, points: 2, durationSec: 60, redisUrl: url });
      const second = createRateLimiter({ keyPrefix, points: 2, durationSec: 60, redisUrl: url });
      await first.consume("shopper");
      await second.consume("shopper");
      await expect(first.consume("shopper")).rejects.toBeInstanceOf(RateLimitedError);
    });
  });
}

describe("Redis outage", () => {
  it("still limits, in memory, and says so once", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    // Nothing listens on port 1: the connection never becomes ready.
    const limiter = createRateLimiter({
      keyPrefix: freshPrefix("outage"),
      points: 2,
      durationSec: 60,
      redisUrl: "redis://127.0.0.1:1",
    });
    expect(limiter.backend).toBe("redis");
    await limiter.consume("shopper");
    await limiter.consume("shopper");
    await expect(limiter.consume("shopper")).rejects.toBeInstanceOf(RateLimitedError);
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/Redis is unreachable/);
    warn.mockClear();
  });
});
