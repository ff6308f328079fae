// What every backend must do, whichever holds the counters. Run by memory.test.ts and, when a Redis
// is configured, by redis.integration.test.ts.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { RateLimiter, RateLimiterOptions } from "./create-rate-limiter";
import { RateLimitedError } from "./rate-limited-error";

type Make = (options: Omit<RateLimiterOptions, "redisUrl">) => RateLimiter;

/** A prefix no other test (or earlier run against the same Redis) has used. */
export function freshPrefix(name: string): string {
  return `test-${name}-${randomUUID()}`;
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}

export function rateLimiterContract(backend: "memory" | "redis", make: Make): void {
  describe(`rate limiter contract (${backend})`, () => {
    it("reports its backend", () => {
      expect(make({ keyPrefix: freshPrefix("backend"), points: 1, durationSec: 60 }).backend).toBe(backend);
    });

    it("allows `points` actions per window, counting down, then refuses with a retry delay", async () => {
      const limiter = make({ keyPrefix: freshPrefix("count"), points: 3, durationSec: 60 });
      expect(await limiter.consume("shopper")).toEqual({ remaining: 2 });
      expect(await limiter.consume("shopper")).toEqual({ remaining: 1 });
      expect(await limiter.consume("shopper")).toEqual({ remaining: 0 });
      const error = await rejectionOf(limiter.consume("shopper"));
      expect(error).toBeInstanceOf(RateLimitedError);
      const limited = error as RateLimitedError;
      expect(limited.code).toBe("RATE_LIMITED");
      expect(limited.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(limited.retryAfterSeconds).toBeLessThanOrEqual(60);
      // Refused actions do not reset the window: still refused.
      await expect(limiter.consume("shopper")).rejects.toBeInstanceOf(RateLimitedError);
    });

    it("counts each key apart", async () => {
      const limiter = make({ keyPrefix: freshPrefix("keys"), points: 1, durationSec: 60 });
      await limiter.consume("first");
      await expect(limiter.consume("first")).rejects.toBeInstanceOf(RateLimitedError);
      await expect(limiter.consume("second")).resolves.toEqual({ remaining: 0 });
    });

    it("keeps limiters of different prefixes apart", async () => {
      const a = make({ keyPrefix: freshPrefix("a"), points: 1, durationSec: 60 });
      const b = make({ keyPrefix: freshPrefix("b"), points: 1, durationSec: 60 });
      await a.consume("same-key");
      await expect(b.consume("same-key")).resolves.toEqual({ remaining: 0 });
    });

    it("consumes several points at once", async () => {
      const limiter = make({ keyPrefix: freshPrefix("weight"), points: 5, durationSec: 60 });
      expect(await limiter.consume("bulk", 4)).toEqual({ remaining: 1 });
      await expect(limiter.consume("bulk", 2)).rejects.toBeInstanceOf(RateLimitedError);
    });

    it("allows the key again once its window has ended", async () => {
      const limiter = make({ keyPrefix: freshPrefix("window"), points: 1, durationSec: 1 });
      await limiter.consume("shopper");
      const error = (await rejectionOf(limiter.consume("shopper"))) as RateLimitedError;
      expect(error.retryAfterSeconds).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      await expect(limiter.consume("shopper")).resolves.toEqual({ remaining: 0 });
    });
  });
}
