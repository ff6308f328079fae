import type { HeadersFunction } from "@remix-run/node";
import { hasSessionCookie } from "@comptoir/api";

/**
 * Catalog pages for anonymous visitors may be kept by a CDN for 5 minutes and served stale for a
 * day while it refreshes them in the background (the in-process catalog cache keeps the origin
 * fast either way). With a session cookie, the page may show the shopper's data: private, not stored.
 */
export function catalogCacheControl(request: Request): string {
  return hasSessionCookie(request, "storefront")
    ? "private, no-store"
    : "public, max-age=0, s-maxage=300, stale-while-revalidate=86400";
}

export function catalogCacheHeaders(request: Request): HeadersInit {
  return { "Cache-Control": catalogCacheControl(request), Vary: "Cookie" };
}

/** A route's document headers: the Cache-Control and Vary its loader chose. */
export const headersFromLoader: HeadersFunction = ({ loaderHeaders }) => {
  const headers = new Headers();
  for (const name of ["Cache-Control", "Vary"]) {
    const value = loaderHeaders.get(name);
    if (value) headers.set(name, value);
  }
  return headers;
};
