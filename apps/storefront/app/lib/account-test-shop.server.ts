// A shop on its own PostgreSQL database for the account pages' tests, and browser-like customers
// that call the pages' loaders and actions as Remix does, through the real API (same procedures,
// sessions and cookies as in production). The account emails are recorded, never sent.
import { randomBytes, randomUUID } from "node:crypto";
import { createCaller, createContext, type RequestCaller } from "@comptoir/api";
import { recordingAccountEmails } from "@comptoir/api/testing";
import { startSession } from "@comptoir/auth";
import { createTestUser } from "@comptoir/auth/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import type { Locale } from "@comptoir/i18n";

/** A strong password (the API refuses common and guessable ones). */
export const TEST_PASSWORD = "velvet-orchard-lantern-91";

type Handler = (request: Request, locale: Locale, caller: RequestCaller) => Promise<unknown>;

export interface Received<T> {
  status: number;
  headers: Headers;
  /** The page's data; null for a redirect or a file. */
  data: T | null;
  /** Where a redirect leads. */
  location: string | null;
  /** The body of a plain response (a download). */
  body: Response | null;
}

/** What a loader or action answered (or threw), as the browser receives it. */
function received<T>(result: unknown): Received<T> {
  if (result instanceof Response) {
    return {
      status: result.status,
      headers: result.headers,
      data: null,
      location: result.headers.get("Location"),
      body: result,
    };
  }
  const { data, init } = result as { data: T; init: ResponseInit | null };
  return {
    status: init?.status ?? 200,
    headers: new Headers(init?.headers),
    data,
    location: null,
    body: null,
  };
}

export function useAccountTestShop(label: string) {
  const database = useTestDatabase(label);

  /** A browser: keeps its cookies (a cleared one is forgotten), comes from one address. */
  function browser(options: { userAgent?: string } = {}) {
    const address = `10.${[1, 2, 3].map(() => randomBytes(1)[0]).join(".")}`;
    const userAgent =
      options.userAgent ?? "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    const emails = recordingAccountEmails();
    const jar = new Map<string, string>();
    const keep = (headers: Headers) => {
      for (const header of headers.getSetCookie()) {
        const [pair = ""] = header.split(";");
        const name = pair.slice(0, pair.indexOf("="));
        const value = pair.slice(pair.indexOf("=") + 1);
        if (value === "" || /max-age=0\b/i.test(header)) jar.delete(name);
        else jar.set(name, value);
      }
    };
    const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
    const callerFor = async (request: Request): Promise<RequestCaller> => {
      const resHeaders = new Headers();
      const ctx = await createContext({
        db: database.db,
        audience: "storefront",
        headers: request.headers,
        resHeaders,
        accountEmails: async () => emails,
        origin: "http://shop.test",
      });
      return { api: createCaller(ctx), resHeaders };
    };
    const send = async <T>(request: Request, handler: Handler): Promise<Received<T>> => {
      const locale = new URL(request.url).pathname.split("/")[1] as Locale;
      let result: unknown;
      try {
        result = await handler(request, locale, await callerFor(request));
      } catch (thrown) {
        // Loaders throw their redirects and their 404s.
        if (!(thrown instanceof Response)) throw thrown;
        result = thrown;
      }
      const answer = received<T>(result);
      keep(answer.headers);
      return answer;
    };
    const headers = () => ({ Cookie: cookie(), "X-Forwarded-For": address, "User-Agent": userAgent });
    return {
      emails: emails.sent,
      cookie,
      jar,
      /** Logs in as `userId` (a session like a login opens, from this browser). */
      async logIn(userId: string) {
        const session = await startSession(database.db, "storefront", userId, {
          userAgent,
          ipAddress: address,
        });
        keep(new Headers([["Set-Cookie", session.setCookie]]));
        return session;
      },
      /** The page at `path` (a GET), through its loader. */
      get<T>(path: string, handler: Handler) {
        return send<T>(new Request(`http://shop.test${path}`, { headers: headers() }), handler);
      },
      /** A form posted to `path`, through its action. */
      post<T>(path: string, form: Record<string, string>, handler: Handler) {
        const body = new URLSearchParams(form);
        return send<T>(
          new Request(`http://shop.test${path}`, { method: "POST", headers: headers(), body }),
          handler,
        );
      },
    };
  }

  return {
    get db() {
      return database.db;
    },
    browser,
    /** A verified customer with a password, logged in from a new browser. */
    async customer(input: { name?: string | null; password?: string | null; locale?: Locale } = {}) {
      const user = await createTestUser(database.db, {
        email: `camille.${randomUUID().slice(0, 8)}@example.test`,
        password: input.password === undefined ? TEST_PASSWORD : input.password,
        name: input.name ?? null,
        locale: input.locale ?? "fr",
      });
      const customerBrowser = browser();
      await customerBrowser.logIn(user.id);
      return { user, browser: customerBrowser };
    },
  };
}
