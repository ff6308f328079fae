import { SESSION_COOKIE_NAMES, type Audience } from "@comptoir/auth";

/**
 * Whether the request carries a session cookie of the app (valid or not). Pages served to such a
 * request may show the person's data, so they must never be stored by a shared cache.
 */
export function hasSessionCookie(request: Request, audience: Audience): boolean {
  const name = `${SESSION_COOKIE_NAMES[audience]}=`;
  return (request.headers.get("cookie") ?? "").split(";").some((part) => part.trim().startsWith(name));
}
