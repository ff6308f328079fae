// The download of the customer's data: /fr/compte/confidentialite/export (GET; a file, no page).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { storefrontApi } from "~/lib/api.server";
import { privacyExport } from "~/lib/account-privacy.server";
import { localeFromUrl } from "~/lib/locale.server";

// A resource route: the account layout's loader does not run for it, so it checks the session itself.
export async function loader({ request }: LoaderFunctionArgs) {
  return privacyExport(request, localeFromUrl(request)!, await storefrontApi(request));
}
