import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { rateLimitEnv } from "./env";
import { RateLimitedError } from "./rate-limited-error";
import { redisConnection } from "./redis-connection";

export interface RateLimiterOptions {
  /** Names the limiter's counters; unique per purpose ("cart-ip", "cart-id"). */
  keyPrefix: string;
  /** How many actions a key may take per window. */
  points: number;
  /** The window's length, in seconds. */
  durationSec: number;
  /**
   * Where counters live: a Redis URL, or null for this process's memory. Defaults to REDIS_URL
   * (memory when it is unset); tests pass it explicitly.
   */
  redisUrl?: string | null;
}

export interface RateLimitResult {
  /** Actions the key may still take in the current window. */
  remaining: number;
}

export interface RateLimiter {
  readonly backend: "redis" | "memory";
  /**
   * Counts one action (or `points`) for `key`. Resolves while the key is within its limit; rejects
   * with RateLimitedError once it is over, until its window ends.
   */
  consume(key: string, points?: number): Promise<RateLimitResult>;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { keyPrefix, points, durationSec } = options;
  if (!Number.isInteger(points) || points < 1) throw new RangeError("points must be a positive integer");
  if (!Number.isInteger(durationSec) || durationSec < 1) {
    throw new RangeError("durationSec must be a positive integer");
  }
  const redisUrl = options.redisUrl === undefined ? rateLimitEnv.REDIS_URL : options.redisUrl;
  const memory = new RateLimiterMemory({ keyPrefix, points, duration: durationSec });
  const limiter: RateLimiterAbstract = redisUrl
    ? new RateLimiterRedis({
        storeClient: redisConnection(redisUrl),
        keyPrefix,
        points,
        duration: durationSec,
        // A Redis outage must not turn into refused carts: count in memory meanwhile (per process,
        // so looser behind a load balancer, but never unlimited).
        rejectIfRedisNotReady: true,
        insuranceLimiter: memory,
      })
    : memory;

  return {
    backend: redisUrl ? "redis" : "memory",
    async consume(key, count = 1) {
      try {
        const result = await limiter.consume(key, count);
        return { remaining: result.remainingPoints };
      } catch (rejection) {
        // rate-limiter-flexible rejects with a RateLimiterRes when the key is over its limit, and
        // with an Error only for a store failure its insurance limiter could not absorb.
        if (rejection instanceof RateLimiterRes) {
          throw new RateLimitedError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)), keyPrefix);
        }
        throw rejection;
      }
    },
  };
}
