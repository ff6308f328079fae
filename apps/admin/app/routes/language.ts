import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { ADMIN_LOCALE_COOKIE, DEFAULT_LOCALE, isLocale, localeCookieValue } from "@comptoir/i18n";
import { safeRedirectPath } from "~/lib/safe-redirect";

/** The language switcher posts here; the choice is kept in a cookie and the page is shown again. */
export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const lang = formData.get("lang");
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  return redirect(safeRedirectPath(formData.get("redirectTo")), {
    headers: {
      "Set-Cookie": localeCookieValue(ADMIN_LOCALE_COOKIE, locale, {
        secure: process.env.NODE_ENV === "production",
      }),
    },
  });
}

export function loader() {
  return redirect("/");
}
