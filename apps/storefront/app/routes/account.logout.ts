// Logging out: /fr/compte/deconnexion, /en/account/logout. POST only, so that a link or an image on
// another page cannot log a customer out. The session ends on the server and its cookie is cleared.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { accountPath, homePath } from "@comptoir/i18n";
import { storefrontApi } from "~/lib/api.server";
import { authHeaders } from "~/lib/auth-page.server";
import { localeFromUrl } from "~/lib/locale.server";

export async function action({ request }: ActionFunctionArgs) {
  const locale = localeFromUrl(request)!;
  const caller = await storefrontApi(request);
  // Already logged out (expired session, second click): nothing to end, the same way home.
  if (await caller.api.auth.me()) await caller.api.auth.logout();
  return redirect(homePath(locale), { status: 303, headers: authHeaders(caller) });
}

/** A GET (a typed URL, a prefetch) ends nothing: it leads to the account page, which has the button. */
export function loader({ request }: LoaderFunctionArgs) {
  return redirect(accountPath(localeFromUrl(request)!), {
    headers: { "Cache-Control": "private, no-store" },
  });
}
