export {
  createRateLimiter,
  type RateLimiter,
  type RateLimiterOptions,
  type RateLimitResult,
} from "./create-rate-limiter";
export { RateLimitedError, isRateLimitedError } from "./rate-limited-error";
export { closeRateLimitConnections } from "./redis-connection";
export { readRateLimitEnv, type RateLimitEnv } from "./env";
