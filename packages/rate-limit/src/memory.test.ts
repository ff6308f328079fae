import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./create-rate-limiter";
import { rateLimiterContract } from "./rate-limiter.contract";

rateLimiterContract("memory", (options) => createRateLimiter({ ...options, redisUrl: null }));

describe("createRateLimiter options", () => {
  it("refuses limits that would never or always refuse", () => {
    expect(() => createRateLimiter({ keyPrefix: "x", points: 0, durationSec: 60, redisUrl: null })).toThrow(
      RangeError,
    );
    expect(() => createRateLimiter({ keyPrefix: "x", points: 5, durationSec: 0.5, redisUrl: null })).toThrow(
      RangeError,
    );
  });
});
