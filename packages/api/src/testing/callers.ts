// Callers for API tests: build the context the way the apps do, from request headers.
import type { Audience } from "@comptoir/auth";
import { startSession } from "@comptoir/auth";
import { cookieHeaderFrom } from "@comptoir/auth/testing";
import type { Db } from "@comptoir/db";
import type { AccountEmailSender } from "../account-emails";
import { createContext } from "../context";
import { createCaller } from "../root";

export interface CallerOptions {
  /** Extra request headers (X-Forwarded-For, User-Agent...). */
  headers?: Record<string, string>;
  /** Where account emails go; give recordingAccountEmails() to read them. */
  accountEmails?: AccountEmailSender;
}

export async function callerFor(db: Db, audience: Audience, cookie?: string, options: CallerOptions = {}) {
  const resHeaders = new Headers();
  const { accountEmails } = options;
  const ctx = await createContext({
    db,
    audience,
    headers: new Headers({ ...options.headers, ...(cookie ? { cookie } : {}) }),
    resHeaders,
    ...(accountEmails ? { accountEmails: async () => accountEmails } : {}),
  });
  return { api: createCaller(ctx), resHeaders };
}

/** A caller logged in as `userId` in `audience`. */
export async function loggedInCaller(
  db: Db,
  audience: Audience,
  userId: string,
  options: CallerOptions = {},
) {
  const session = await startSession(db, audience, userId);
  return callerFor(db, audience, cookieHeaderFrom(session.setCookie), options);
}
