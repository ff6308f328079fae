// The account area is the logged-in customer's alone: every page and download of it needs a
// storefront session, is never stored by a browser cache, proxy or CDN, and passes on the cookies
// the API set (a sliding session, a rotated one, a cleared one).
import { redirect, type HeadersFunction } from "@remix-run/node";
import type { RequestCaller, SessionUser } from "@comptoir/api";
import { loginPath, type Locale } from "@comptoir/i18n";

export const ACCOUNT_CACHE_CONTROL = "private, no-store";

/** The headers of an account response, with the cookies the API set for this request. */
export function accountHeaders(caller: RequestCaller, init?: HeadersInit): Headers {
  const headers = new Headers(init);
  headers.set("Cache-Control", ACCOUNT_CACHE_CONTROL);
  for (const cookie of caller.resHeaders.getSetCookie()) headers.append("Set-Cookie", cookie);
  return headers;
}

/** The document headers of every account page (Remix adds the loaders' and actions' cookies itself). */
export const accountRouteHeaders: HeadersFunction = () => ({ "Cache-Control": ACCOUNT_CACHE_CONTROL });

/** The login page, coming back to `request`'s page after (a GET of it: a POST is not replayed). */
export function loginRedirect(request: Request, locale: Locale, caller: RequestCaller): Response {
  const url = new URL(request.url);
  const back = request.method === "GET" ? `${url.pathname}${url.search}` : url.pathname;
  return redirect(loginPath(locale, { redirectTo: back }), { headers: accountHeaders(caller) });
}

/**
 * The logged-in customer, or a redirect to the login page (thrown). Each account loader and action
 * asks for itself: Remix runs a page's loaders side by side, so the layout's check alone would not
 * stop the page's own loader from running.
 */
export async function requireCustomer(
  request: Request,
  locale: Locale,
  caller: RequestCaller,
): Promise<SessionUser> {
  const user = await caller.api.auth.me();
  if (!user) throw loginRedirect(request, locale, caller);
  return user;
}
