// Parent of every /fr/... and /en/... page: loads the navigation (cached catalog read).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { storefrontApi } from "~/lib/api.server";
import { localeFromUrl } from "~/lib/locale.server";
import { revalidateOnLocaleChange } from "~/lib/revalidate";

export const shouldRevalidate = revalidateOnLocaleChange;

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeFromUrl(request);
  if (!locale) throw new Response(null, { status: 404 });
  const { api } = await storefrontApi(request);
  const tree = await api.catalog.categoryTree({ locale });
  // The header shows the top level only: send no more than it needs.
  return { locale, navigation: tree.map(({ id, name, slug }) => ({ id, name, slug })) };
}

export default function LocaleLayout() {
  return <Outlet />;
}
