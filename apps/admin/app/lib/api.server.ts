import { createRequestCaller } from "@comptoir/api";
import { redirect } from "@remix-run/node";

/** The API for one admin request, in-process, with the admin session cookie. */
export function adminApi(request: Request) {
  return createRequestCaller(request, "admin");
}

/**
 * The staff member behind the request, or a redirect to the login page that comes back here after.
 * The procedures check permissions again: this only spares a staff-less visitor a useless page.
 */
export async function requireStaff(request: Request) {
  const { api, resHeaders } = await adminApi(request);
  const user = await api.auth.me();
  if (!user) {
    const url = new URL(request.url);
    const redirectTo = `${url.pathname}${url.search}`;
    throw redirect(`/login?${new URLSearchParams({ redirectTo })}`, { headers: resHeaders });
  }
  return { api, resHeaders, user };
}
