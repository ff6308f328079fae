// What every log-in, sign-up and emailed-link page answers with. They are the visitor's own
// (a form with their address, a one-time token): no browser cache, proxy or CDN may keep them, and
// no search engine should list them.
import { data, redirect, type HeadersFunction } from "@remix-run/node";
import type { RequestCaller } from "@comptoir/api";
import { accountPath, LOCALES, type Alternates, type Locale } from "@comptoir/i18n";
import { getFixedT } from "@comptoir/i18n/server";
import { authPagePath, type AuthPage } from "./auth-paths";
import { safeRedirectPath } from "./auth-redirect.server";
import { pageSeo } from "./page-seo.server";

export const AUTH_CACHE_CONTROL = "private, no-store";

/**
 * The pages an emailed link opens hold its token in their URL. `strict-origin` sends no path (so no
 * token) in any Referer, to us or to anyone; `no-referrer` would do the same but makes the browser
 * send `Origin: null` with the page's own form, which the cross-site request check must refuse.
 */
export const LINK_REFERRER_POLICY = "strict-origin";

/**
 * The headers of an auth response (loader, action or redirect), with what the API set: cookies
 * (a new or ended session) and, for a refusal over a rate limit, Retry-After.
 */
export function authHeaders(caller: RequestCaller | null, options: { link?: boolean } = {}): Headers {
  const headers = new Headers({ "Cache-Control": AUTH_CACHE_CONTROL });
  if (options.link) headers.set("Referrer-Policy", LINK_REFERRER_POLICY);
  for (const cookie of caller?.resHeaders.getSetCookie() ?? []) headers.append("Set-Cookie", cookie);
  const retryAfter = caller?.resHeaders.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
}

/** A route's document headers: no caching, the link pages' referrer policy, a refusal's Retry-After. */
export function authDocumentHeaders(options: { link?: boolean } = {}): HeadersFunction {
  return ({ actionHeaders }) => {
    const headers = authHeaders(null, options);
    const retryAfter = actionHeaders.get("Retry-After");
    if (retryAfter) headers.set("Retry-After", retryAfter);
    return headers;
  };
}

/**
 * The page's title, description and links. The language switcher keeps a link page's token (the
 * link works in either language); the canonical and hreflang URLs leave it out.
 */
export function authPageMeta(request: Request, locale: Locale, page: AuthPage, token = "") {
  const t = getFixedT(locale, "auth");
  const alternatesWith = (withToken: string): Alternates =>
    Object.fromEntries(LOCALES.map((other) => [other, authPagePath(page, other, withToken)]));
  return {
    alternates: alternatesWith(token),
    seo: pageSeo(request, {
      locale,
      title: getFixedT(locale, "common")("pageTitle", { title: t(`${page}.metaTitle`) }),
      description: t(`${page}.description`),
      path: authPagePath(page, locale),
      alternates: alternatesWith(""),
      noindex: true,
    }),
  };
}

/** The status of a refused auth form: what the code means for HTTP. */
export function authStatusOf(code: string): number {
  switch (code) {
    case "RATE_LIMITED":
      return 429;
    case "INVALID_CREDENTIALS":
      return 401;
    case "EMAIL_NOT_VERIFIED":
      return 403;
    default:
      return 400;
  }
}

/**
 * The data of the login, sign-up and forgot-password pages. A customer already logged in has no use
 * for the first two: they go on to `redirectTo` (the account page by default).
 */
export async function authFormPageData(
  request: Request,
  locale: Locale,
  caller: RequestCaller,
  page: "login" | "signUp" | "forgotPassword",
) {
  const redirectTo = safeRedirectPath(
    new URL(request.url).searchParams.get("redirectTo"),
    accountPath(locale),
  );
  if (page !== "forgotPassword" && (await caller.api.auth.me())) {
    throw redirect(redirectTo, { status: 303, headers: authHeaders(caller) });
  }
  return data(
    { locale, redirectTo, ...authPageMeta(request, locale, page) },
    { headers: authHeaders(caller) },
  );
}
