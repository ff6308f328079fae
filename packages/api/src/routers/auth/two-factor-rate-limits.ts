// Guessing codes is bounded like guessing passwords (see auth-rate-limits.ts): per client address,
// and per account for wrong codes only, so that someone who stole a password cannot try the
// million six-digit codes, and a right code after a typo is not held against anyone.
import { DomainError } from "@comptoir/core";
import { createRateLimiter, isRateLimitedError, type RateLimiter } from "@comptoir/rate-limit";
import type { Context } from "../../context";

export const TWO_FACTOR_RATE_LIMITS = {
  /** Every code typed from one client address (login, enrolment, re-authentication). */
  codePerAddress: { points: 30, durationSec: 15 * 60 },
  /** Wrong codes (or re-authentication passwords) of one account. */
  codeFailuresPerAccount: { points: 5, durationSec: 15 * 60 },
} as const;

type Name = keyof typeof TWO_FACTOR_RATE_LIMITS;
const limiters = new Map<Name, RateLimiter>();

function limiterFor(name: Name): RateLimiter {
  let limiter = limiters.get(name);
  if (!limiter) {
    limiter = createRateLimiter({ keyPrefix: `auth:2fa:${name}`, ...TWO_FACTOR_RATE_LIMITS[name] });
    limiters.set(name, limiter);
  }
  return limiter;
}

function refuse(ctx: Context, retryAfterSeconds: number, limit: string): never {
  ctx.resHeaders.set("Retry-After", String(retryAfterSeconds));
  throw new DomainError("RATE_LIMITED", limit);
}

export const twoFactorRateLimits = {
  /** Before checking a code: the address's attempts, and whether the account has too many failures. */
  async attempt(ctx: Context, userId: string): Promise<void> {
    try {
      if (ctx.clientAddress) await limiterFor("codePerAddress").consume(ctx.clientAddress);
      const { remaining } = await limiterFor("codeFailuresPerAccount").consume(userId, 0);
      if (remaining === 0) {
        refuse(
          ctx,
          TWO_FACTOR_RATE_LIMITS.codeFailuresPerAccount.durationSec,
          "auth:2fa:codeFailuresPerAccount",
        );
      }
    } catch (error) {
      if (!isRateLimitedError(error)) throw error;
      refuse(ctx, error.retryAfterSeconds, error.keyPrefix);
    }
  },

  /** After a wrong code: one more failure for the account. */
  async failed(userId: string): Promise<void> {
    try {
      await limiterFor("codeFailuresPerAccount").consume(userId);
    } catch (error) {
      if (!isRateLimitedError(error)) throw error;
    }
  },
};
