// Parent of every /fr/... and /en/... page: remembers the language the visitor browses in.
import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { localeFromUrl, rememberLocale } from "~/lib/locale.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeFromUrl(request);
  if (!locale) throw new Response(null, { status: 404 });
  const setCookie = await rememberLocale(request, locale);
  return data({ locale }, setCookie ? { headers: { "Set-Cookie": setCookie } } : undefined);
}

export default function LocaleLayout() {
  return <Outlet />;
}
