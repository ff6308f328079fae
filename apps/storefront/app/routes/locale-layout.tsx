// Parent of every /fr/... and /en/... page: loads the navigation (cached catalog read).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { hasSessionCookie } from "@comptoir/api";
import { storefrontApi } from "~/lib/api.server";
import { localeFromUrl } from "~/lib/locale.server";
import { revalidateOnLocaleChange } from "~/lib/revalidate";

export const shouldRevalidate = revalidateOnLocaleChange;

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeFromUrl(request);
  if (!locale) throw new Response(null, { status: 404 });
  const { api } = await storefrontApi(request);
  const tree = await api.catalog.categoryTree({ locale });
  return {
    locale,
    // The header shows the top level only: send no more than it needs.
    navigation: tree.map(({ id, name, slug }) => ({ id, name, slug })),
    // "My account" or "Log in", from the session cookie's presence alone: no query of its own.
    signedIn: hasSessionCookie(request, "storefront"),
  };
}

export default function LocaleLayout() {
  return <Outlet />;
}
