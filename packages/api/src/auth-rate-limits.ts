// Brute-force and email-flooding protection of the auth procedures: counters per client address and
// per account. Counters live in Redis when REDIS_URL is set, so that every app process counts against
// the same limits; in this process's memory otherwise. Accounts are keyed by a hash of the normalized
// address, whether or not an account has it: a limit behaves the same for known and unknown
// addresses (no enumeration), and no address is written to Redis. The numbers are in docs/accounts.md.
import { createHash } from "node:crypto";
import { DomainError } from "@comptoir/core";
import { createRateLimiter, isRateLimitedError, type RateLimiter } from "@comptoir/rate-limit";
import type { Context } from "./context";

const MINUTE = 60;
const HOUR = 60 * MINUTE;

export const AUTH_RATE_LIMITS = {
  /** Every password login attempt from one client address. */
  loginPerAddress: { points: 30, durationSec: 15 * MINUTE },
  /** Failed password logins of one account; right passwords do not count. */
  loginFailuresPerAccount: { points: 10, durationSec: 15 * MINUTE },
  signUpPerAddress: { points: 10, durationSec: HOUR },
  signUpPerAccount: { points: 3, durationSec: HOUR },
  magicLinkPerAddress: { points: 10, durationSec: HOUR },
  magicLinkPerAccount: { points: 5, durationSec: HOUR },
  passwordResetPerAddress: { points: 10, durationSec: HOUR },
  passwordResetPerAccount: { points: 5, durationSec: HOUR },
  /** Links followed (verification, magic link, reset, email change) from one client address. */
  linkPerAddress: { points: 30, durationSec: 15 * MINUTE },
  /** New verification emails sent when an unverified account tries to log in. */
  verificationResendPerAccount: { points: 3, durationSec: HOUR },
  /** Current-password checks of a logged-in account (password change, email change). */
  passwordCheckPerAccount: { points: 10, durationSec: 15 * MINUTE },
  /** Email change requests of one account (each sends an email to an address of their choice). */
  emailChangePerAccount: { points: 5, durationSec: HOUR },
} as const satisfies Record<string, { points: number; durationSec: number }>;

export type AuthRateLimit = keyof typeof AUTH_RATE_LIMITS;

let limiters: Map<AuthRateLimit, RateLimiter> | undefined;

function limiterFor(name: AuthRateLimit): RateLimiter {
  limiters ??= new Map();
  let limiter = limiters.get(name);
  if (!limiter) {
    limiter = createRateLimiter({ keyPrefix: `auth:${name}`, ...AUTH_RATE_LIMITS[name] });
    limiters.set(name, limiter);
  }
  return limiter;
}

/** The per-account key of an address (already trimmed and lower-cased by the input schema). */
export function accountKey(email: string): string {
  return createHash("sha256").update(`account:${email}`, "utf8").digest("base64url");
}

function refuse(ctx: Context, retryAfterSeconds: number, limit: string): never {
  ctx.resHeaders.set("Retry-After", String(retryAfterSeconds));
  throw new DomainError("RATE_LIMITED", limit);
}

/**
 * Counts `points` for `key` and throws RATE_LIMITED, with a Retry-After header, when the key is over
 * its limit. Called before the work it guards, so a refused request has changed nothing.
 */
async function consume(ctx: Context, name: AuthRateLimit, key: string, points = 1) {
  try {
    return await limiterFor(name).consume(key, points);
  } catch (error) {
    if (!isRateLimitedError(error)) throw error;
    return refuse(ctx, error.retryAfterSeconds, error.keyPrefix);
  }
}

/** Per address, skipped when the address is unknown (development, direct access): better no bucket than one shared by everyone. */
async function perAddress(ctx: Context, name: AuthRateLimit): Promise<void> {
  if (ctx.clientAddress) await consume(ctx, name, ctx.clientAddress);
}

export const authRateLimits = {
  /** Before checking a password: the address's attempts, and whether the account is locked out. */
  async login(ctx: Context, email: string): Promise<void> {
    await perAddress(ctx, "loginPerAddress");
    // Zero points: asks without counting, since only failures count against the account. Once they
    // have used up the window, every attempt is refused, the right password included.
    const { remaining } = await consume(ctx, "loginFailuresPerAccount", accountKey(email), 0);
    if (remaining === 0) {
      const limit = AUTH_RATE_LIMITS.loginFailuresPerAccount;
      refuse(ctx, limit.durationSec, "auth:loginFailuresPerAccount");
    }
  },

  /** After a wrong password: one more failure for the account (the next attempts may be refused). */
  async loginFailed(ctx: Context, email: string): Promise<void> {
    try {
      await limiterFor("loginFailuresPerAccount").consume(accountKey(email));
    } catch (error) {
      // This attempt is answered INVALID_CREDENTIALS anyway; the lockout shows from the next one.
      if (!isRateLimitedError(error)) throw error;
    }
  },

  /** Before anything that emails an address typed by the person (sign-up, magic link, reset). */
  async emailRequest(ctx: Context, kind: "signUp" | "magicLink" | "passwordReset", email: string) {
    await perAddress(ctx, `${kind}PerAddress`);
    await consume(ctx, `${kind}PerAccount`, accountKey(email));
  },

  /** Before following an emailed link: guessing tokens from one address is bounded. */
  async link(ctx: Context): Promise<void> {
    await perAddress(ctx, "linkPerAddress");
  },

  /** Whether an unverified account may be sent another verification email now (never throws). */
  async verificationResend(userId: string): Promise<boolean> {
    try {
      await limiterFor("verificationResendPerAccount").consume(userId);
      return true;
    } catch (error) {
      if (!isRateLimitedError(error)) throw error;
      return false;
    }
  },

  /** Before checking the current password of a logged-in account. */
  async passwordCheck(ctx: Context, userId: string): Promise<void> {
    await consume(ctx, "passwordCheckPerAccount", userId);
  },

  async emailChange(ctx: Context, userId: string): Promise<void> {
    await consume(ctx, "emailChangePerAccount", userId);
  },
};
