// Shared by the account routers' integration tests: logged-in customers, staff in the admin, and
// how a refused call answers.
import { startSession } from "@comptoir/auth";
import { cookieHeaderFrom, createTestUser } from "@comptoir/auth/testing";
import type { Db, Role } from "@comptoir/db";
import { TRPCError } from "@trpc/server";
import { recordingAccountEmails } from "../../account-emails";
import { domainCodeOf, fieldErrorsFromError } from "../../errors";
import type { Caller } from "../../root";
import { callerFor, loggedInCaller } from "../../testing/callers";

/** The tRPC code, the domain code and the field errors a refused call answers with. */
export async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return { code: error.code, domain: domainCodeOf(error), fields: fieldErrorsFromError(error) };
}

/** A customer logged in to the storefront, whose account emails are recorded. */
export async function storefrontCustomer(db: Db, options: { password?: string | null } = {}) {
  const user = await createTestUser(db, { role: "CUSTOMER", ...options });
  const emails = recordingAccountEmails();
  const session = await startSession(db, "storefront", user.id);
  const cookie = cookieHeaderFrom(session.setCookie);
  const caller = await callerFor(db, "storefront", cookie, {
    accountEmails: emails,
    headers: { "User-Agent": "Vitest browser", "X-Forwarded-For": "203.0.113.9" },
  });
  return { user, emails, cookie, sessionId: session.sessionId, ...caller };
}

/** The callers every account procedure must refuse: nobody logged in, and staff in the admin app. */
export async function outsiders(db: Db, role: Role = "MANAGER") {
  const staff = await createTestUser(db, { role });
  return {
    anonymous: (await callerFor(db, "storefront")).api,
    admin: (await loggedInCaller(db, "admin", staff.id)).api,
  };
}

/** Calls a procedure by its path ("account.orders.get"), for tests that go through every procedure. */
export function callByPath(api: Caller, path: string, input?: unknown): Promise<unknown> {
  const procedure = path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], api) as (
    input?: unknown,
  ) => Promise<unknown>;
  return procedure(input);
}
