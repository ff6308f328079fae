import { describe, expect, it } from "vitest";
import { readRateLimitEnv } from "./env";

describe("readRateLimitEnv", () => {
  it("leaves REDIS_URL unset when it is missing or empty (memory counters)", () => {
    expect(readRateLimitEnv({}).REDIS_URL).toBeUndefined();
    expect(readRateLimitEnv({ REDIS_URL: " " }).REDIS_URL).toBeUndefined();
  });

  it("accepts redis:// and rediss:// URLs", () => {
    expect(readRateLimitEnv({ REDIS_URL: "redis://127.0.0.1:6379" }).REDIS_URL).toBe(
      "redis://127.0.0.1:6379",
    );
    expect(readRateLimitEnv({ REDIS_URL: "rediss://:secret@cache.example:6380/2" }).REDIS_URL).toBe(
      "rediss://:secret@cache.example:6380/2",
    );
  });

  it("refuses anything else, naming the variable", () => {
    expect(() => readRateLimitEnv({ REDIS_URL: "http://127.0.0.1:6379" })).toThrow(/REDIS_URL/);
    expect(() => readRateLimitEnv({ REDIS_URL: "localhost" })).toThrow(/REDIS_URL/);
  });
});
