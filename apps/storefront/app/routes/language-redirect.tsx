// "/" has no content of its own: send the visitor to their language's home page.
import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { homePath } from "@comptoir/i18n";
import { localeDetector } from "~/lib/locale.server";

export function loader({ request }: LoaderFunctionArgs) {
  const locale = localeDetector.getLocale(request);
  // The answer depends on the cookie and Accept-Language: caches must not share it.
  return redirect(homePath(locale), {
    status: 302,
    headers: { Vary: "Cookie, Accept-Language", "Cache-Control": "private, no-cache" },
  });
}
