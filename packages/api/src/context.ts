import { validateRequestSession, type Audience, type SessionUser } from "@comptoir/auth";
import type { CatalogCache } from "@comptoir/core";
import type { Db } from "@comptoir/db";
import { setRequestUser } from "@comptoir/observability";
import type { AccountEmailSender } from "./account-emails";
import { getSharedCommerce, type CommerceServices } from "./commerce";

export interface CreateContextOptions {
  db: Db;
  /** The incoming request's headers: cookies, Authorization, client address. */
  headers: Headers;
  /** Which app's session cookie to read. The HTTP API reads the storefront's (or a bearer token). */
  audience: Audience;
  /** Headers for the response (Set-Cookie from login, logout and sliding sessions). */
  resHeaders: Headers;
  /** Where public catalog reads are cached; none in tests that do not ask for one. */
  catalogCache?: CatalogCache | null;
  /** Payments and jobs for checkout and orders; the process's shared ones when not given. */
  commerce?: () => Promise<CommerceServices>;
  /** Where account emails are queued; the process's shared queue when not given (tests record them). */
  accountEmails?: () => Promise<AccountEmailSender>;
  /** The shop's public origin (https://shop.example), for the URLs Stripe sends shoppers back to. */
  origin?: string;
}

export interface Context {
  db: Db;
  audience: Audience;
  user: SessionUser | null;
  sessionId: string | null;
  resHeaders: Headers;
  catalogCache: CatalogCache | null;
  commerce: () => Promise<CommerceServices>;
  accountEmails: () => Promise<AccountEmailSender>;
  origin: string | null;
  /** The client's address (see clientAddressOf), for rate limits, sessions and the audit trail. */
  clientAddress: string | null;
  /** The browser's User-Agent, trimmed: shown to customers in their list of sessions. */
  userAgent: string | null;
}

/**
 * The client's address as the proxy in front of the app saw it: the last X-Forwarded-For entry
 * (the one our proxy appended; the entries before it come from the client and can be anything),
 * else X-Real-IP. Null when the app is reached directly, as in development.
 */
export function clientAddressOf(headers: Headers): string | null {
  const forwarded = headers.get("X-Forwarded-For");
  const last = forwarded?.split(",").at(-1)?.trim();
  if (last) return last.slice(0, 64);
  return headers.get("X-Real-IP")?.trim().slice(0, 64) || null;
}

export async function createContext(options: CreateContextOptions): Promise<Context> {
  const { db, audience, headers, resHeaders } = options;
  const check = await validateRequestSession(db, audience, headers);
  if (check.setCookie) resHeaders.append("Set-Cookie", check.setCookie);
  // The request's log line names who made it (the id only; see @comptoir/server's request log).
  if (check.session) setRequestUser(headers, check.session.user.id);
  return {
    db,
    audience,
    user: check.session?.user ?? null,
    sessionId: check.session?.sessionId ?? null,
    resHeaders,
    catalogCache: options.catalogCache ?? null,
    commerce: options.commerce ?? getSharedCommerce,
    accountEmails:
      options.accountEmails ?? (async () => (await (options.commerce ?? getSharedCommerce)()).accountEmails),
    origin: options.origin ?? null,
    clientAddress: clientAddressOf(headers),
    userAgent: headers.get("User-Agent")?.slice(0, 256) || null,
  };
}
