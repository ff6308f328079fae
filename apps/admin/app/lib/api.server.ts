import { createRequestCaller, type Caller } from "@comptoir/api";
import { redirect } from "@remix-run/node";

type AdminSession = NonNullable<Awaited<ReturnType<Caller["auth"]["adminSession"]>>>;
/** A permission of the admin's matrix (see @comptoir/auth permissions). */
export type Permission = AdminSession["permissions"][number];
export type LoginStep = AdminSession["step"];

/** The API for one admin request, in-process, with the admin session cookie. */
export function adminApi(request: Request) {
  return createRequestCaller(request, "admin");
}

/** Where a login in `step` continues, coming back to `redirectTo` once complete. */
export function pathForStep(step: LoginStep, redirectTo: string): string {
  const query = redirectTo === "/" ? "" : `?${new URLSearchParams({ redirectTo })}`;
  if (step === "code_required") return `/login/code${query}`;
  if (step === "enrolment_required") return `/two-factor/setup${query}`;
  return redirectTo;
}

function hereOf(request: Request): string {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}`;
}

/**
 * The staff member behind the request, once their login is complete; otherwise a redirect to the
 * login step they are at (password, code, enrolment) that comes back here after. With a
 * `permission`, a role without it gets a 403 page. The procedures check all of this again: this
 * only spares people pages they cannot use.
 */
export async function requireStaff(request: Request, options: { permission?: Permission } = {}) {
  const { api, resHeaders } = await adminApi(request);
  const session = await api.auth.adminSession();
  const redirectTo = hereOf(request);
  if (!session) {
    throw redirect(`/login?${new URLSearchParams({ redirectTo })}`, { headers: resHeaders });
  }
  if (session.step !== "ready")
    throw redirect(pathForStep(session.step, redirectTo), { headers: resHeaders });
  if (options.permission && !session.permissions.includes(options.permission)) {
    throw new Response(null, { status: 403, headers: resHeaders });
  }
  return {
    api,
    resHeaders,
    user: session.user,
    permissions: session.permissions,
    twoFactorEnabled: session.twoFactorEnabled,
  };
}

/** The staff member whose login is under way (password given), or a redirect to the login page. */
export async function requirePendingStaff(request: Request) {
  const { api, resHeaders } = await adminApi(request);
  const session = await api.auth.adminSession();
  if (!session) {
    throw redirect(`/login?${new URLSearchParams({ redirectTo: hereOf(request) })}`, { headers: resHeaders });
  }
  return { api, resHeaders, session };
}
