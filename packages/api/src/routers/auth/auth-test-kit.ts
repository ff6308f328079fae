// Shared by the auth procedures' integration tests: storefront visitors from a given address, the
// links the worker would mint, the session cookie of a response, and how a refused call answers.
import { randomUUID } from "node:crypto";
import { issueAuthToken } from "@comptoir/auth";
import { cookieHeaderFrom } from "@comptoir/auth/testing";
import type { AuthTokenPurpose, Db } from "@comptoir/db";
import { TRPCError } from "@trpc/server";
import { recordingAccountEmails } from "../../account-emails";
import { domainCodeOf, fieldErrorsFromError } from "../../errors";
import { callerFor } from "../../testing/callers";

/** The tRPC code, the domain code and the field errors a refused call answers with. */
export async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return { code: error.code, domain: domainCodeOf(error), fields: fieldErrorsFromError(error) };
}

/** An address of the documentation range no other test uses, so rate limits start from zero. */
export function freshAddress(): string {
  const bytes = randomUUID().replaceAll("-", "");
  return `2001:db8:${bytes.slice(0, 4)}:${bytes.slice(4, 8)}::${bytes.slice(8, 12)}`;
}

export function freshEmail(label = "client"): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.test`;
}

/** A storefront request from `address` (a fresh one by default), carrying `cookie` if given. */
export async function visitor(db: Db, options: { address?: string; cookie?: string } = {}) {
  const emails = recordingAccountEmails();
  const caller = await callerFor(db, "storefront", options.cookie, {
    accountEmails: emails,
    headers: { "X-Forwarded-For": options.address ?? freshAddress(), "User-Agent": "Vitest browser" },
  });
  return { ...caller, emails };
}

/** The Cookie header of the session that a response opened ("" when it opened none). */
export function sessionCookieOf(resHeaders: Headers): string {
  const opened = resHeaders
    .getSetCookie()
    .filter((cookie) => /^comptoir(_admin)?_session=[^;]/.test(cookie))
    .at(-1);
  return opened ? cookieHeaderFrom(opened) : "";
}

/** A link as the worker mints it for an account (or, with userId null, for an address). */
export async function linkFor(
  db: Db,
  purpose: AuthTokenPurpose,
  owner: { id: string | null; email: string },
  now?: Date,
): Promise<string> {
  const { token } = await issueAuthToken(db, { purpose, userId: owner.id, email: owner.email, now });
  return token;
}

/** Every audit row, as text: to check that no secret ever reached the trail. */
export async function auditText(db: Db): Promise<string> {
  return JSON.stringify(await db.auditLog.findMany());
}
