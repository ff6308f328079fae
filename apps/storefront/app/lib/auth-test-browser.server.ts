// A browser for the tests of the log-in, sign-up and emailed-link pages: it keeps the cookies it is
// sent, comes from one address, and records the account emails asked for; requests are built as a
// browser sends them and handled by the real API on the test file's database.
import { randomBytes } from "node:crypto";
import { createCaller, createContext, type RequestCaller } from "@comptoir/api";
import { recordingAccountEmails } from "@comptoir/api/testing";
import type { Db } from "@comptoir/db";
import { cookiesAfter } from "./auth-session.server";

/** A strong password (the API refuses common and guessable ones). */
export const PASSWORD = "velvet-orchard-lantern-91";

type DataResult<T> = { data: T; init: ResponseInit | null };

/** A browser: keeps the cookies it is sent, comes from one address, and records the emails asked for. */
export function browser(database: { db: Db }) {
  const address = `10.${[1, 2, 3].map(() => randomBytes(1)[0]).join(".")}`;
  const emails = recordingAccountEmails();
  let cookies: string[] = [];
  const requestTo = (path: string, init: { form?: Record<string, string> } = {}) =>
    new Request(`http://shop.test${path}`, {
      method: init.form ? "POST" : "GET",
      headers: { Cookie: cookiesAfter(cookies), "X-Forwarded-For": address, "User-Agent": "vitest" },
      ...(init.form ? { body: new URLSearchParams(init.form) } : {}),
    });
  const callerFor = async (request: Request): Promise<RequestCaller> => {
    const resHeaders = new Headers();
    const ctx = await createContext({
      db: database.db,
      audience: "storefront",
      headers: request.headers,
      resHeaders,
      accountEmails: async () => emails,
    });
    return { api: createCaller(ctx), resHeaders };
  };
  /** The response as the browser gets it: a redirect, or a page's data, with the cookies kept. */
  const receive = <T>(result: Response | DataResult<T> | unknown) => {
    const response =
      result instanceof Response
        ? { status: result.status, headers: result.headers, data: null as T | null }
        : {
            status: (result as DataResult<T>).init?.status ?? 200,
            headers: new Headers((result as DataResult<T>).init?.headers),
            data: (result as DataResult<T>).data,
          };
    cookies = [...cookies, ...response.headers.getSetCookie()];
    return response;
  };
  return {
    emails: emails.sent,
    cookie: () => cookiesAfter(cookies),
    keep: (setCookies: string[]) => (cookies = [...cookies, ...setCookies]),
    requestTo,
    callerFor,
    /** Sends `form` (a POST) or asks for the page (a GET) through `handler`, as the route would. */
    async run<T>(
      path: string,
      form: Record<string, string> | null,
      handler: (request: Request, caller: RequestCaller) => Promise<unknown>,
    ) {
      const request = requestTo(path, form ? { form } : {});
      try {
        return receive<T>(await handler(request, await callerFor(request)));
      } catch (thrown) {
        // Loaders throw their redirects.
        if (thrown instanceof Response) return receive<T>(thrown);
        throw thrown;
      }
    },
  };
}

/** Who the browser is logged in as, for the API. */
export async function sessionOf(shopper: ReturnType<typeof browser>) {
  const caller = await shopper.callerFor(shopper.requestTo("/fr"));
  return caller.api.auth.me();
}
