// Callers for API tests: build the context the way the apps do, from request headers.
import type { Audience } from "@comptoir/auth";
import { startSession } from "@comptoir/auth";
import { cookieHeaderFrom } from "@comptoir/auth/testing";
import type { Db } from "@comptoir/db";
import { createContext } from "../context";
import { createCaller } from "../root";

export async function callerFor(db: Db, audience: Audience, cookie?: string) {
  const resHeaders = new Headers();
  const ctx = await createContext({
    db,
    audience,
    headers: new Headers(cookie ? { cookie } : {}),
    resHeaders,
  });
  return { api: createCaller(ctx), resHeaders };
}

/** A caller logged in as `userId` in `audience`. */
export async function loggedInCaller(db: Db, audience: Audience, userId: string) {
  const session = await startSession(db, audience, userId);
  return callerFor(db, audience, cookieHeaderFrom(session.setCookie));
}
