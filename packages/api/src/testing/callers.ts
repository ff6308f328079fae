// Callers for API tests: build the context the way the apps do, from request headers.
import type { Audience, StaffRole } from "@comptoir/auth";
import { requiresTwoFactor, startSession } from "@comptoir/auth";
import {
  completeTestSecondFactor,
  cookieHeaderFrom,
  createTestUser,
  enableTestTotp,
} from "@comptoir/auth/testing";
import type { Db } from "@comptoir/db";
import type { AccountEmailSender } from "../account-emails";
import type { CommerceServices } from "../commerce";
import { createContext } from "../context";
import { createCaller } from "../root";

export interface CallerOptions {
  /** Extra request headers (X-Forwarded-For, User-Agent...). */
  headers?: Record<string, string>;
  /** Where account emails go; give recordingAccountEmails() to read them. */
  accountEmails?: AccountEmailSender;
  /** Payments and jobs (startCheckoutHarness().commerce), for procedures that move money. */
  commerce?: () => Promise<CommerceServices>;
}

export async function callerFor(db: Db, audience: Audience, cookie?: string, options: CallerOptions = {}) {
  const resHeaders = new Headers();
  const { accountEmails, commerce } = options;
  const ctx = await createContext({
    db,
    audience,
    headers: new Headers({ ...options.headers, ...(cookie ? { cookie } : {}) }),
    resHeaders,
    ...(accountEmails ? { accountEmails: async () => accountEmails } : {}),
    ...(commerce ? { commerce } : {}),
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

/**
 * A staff member of `role` with a complete admin login: admins and owners (and anyone with
 * `twoFactor: true`) have TOTP enabled and the session is past its second factor. Gives the
 * secret, to compute codes with currentTotpCode, and the session id.
 */
export async function staffCaller(
  db: Db,
  role: StaffRole,
  options: CallerOptions & { twoFactor?: boolean; reauthenticatedAt?: Date | null; email?: string } = {},
) {
  const user = await createTestUser(db, { role, email: options.email });
  const withTotp = options.twoFactor ?? requiresTwoFactor(role);
  const totpSecret = withTotp ? await enableTestTotp(db, user.id) : null;
  const session = await startSession(db, "admin", user.id);
  if (withTotp) {
    await completeTestSecondFactor(db, session.sessionId, { reauthenticatedAt: options.reauthenticatedAt });
  } else if (options.reauthenticatedAt !== undefined) {
    await db.session.update({
      where: { id: session.sessionId },
      data: { reauthenticatedAt: options.reauthenticatedAt },
    });
  }
  const caller = await callerFor(db, "admin", cookieHeaderFrom(session.setCookie), options);
  return {
    ...caller,
    user,
    totpSecret,
    sessionId: session.sessionId,
    cookie: cookieHeaderFrom(session.setCookie),
  };
}
