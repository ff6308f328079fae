// The account area's frame: /fr/compte, /en/account and the pages under them. Only a logged-in
// customer gets past it (anyone else goes to the login page, and comes back after); it lists the
// sections beside the page.
import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { useResources } from "@comptoir/i18n";
import { accountResources } from "@comptoir/i18n/resources/account";
import { AccountNav } from "~/components/account-nav";
import { storefrontApi } from "~/lib/api.server";
import { accountHeaders, accountRouteHeaders, requireCustomer } from "~/lib/account-session.server";
import { localeFromUrl } from "~/lib/locale.server";

export const headers = accountRouteHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeFromUrl(request)!;
  const caller = await storefrontApi(request);
  await requireCustomer(request, locale, caller);
  return data({ locale }, { headers: accountHeaders(caller) });
}

export default function AccountLayout() {
  // The area's texts come with its code, not with every page of the shop.
  useResources(accountResources);
  const { locale } = useLoaderData<typeof loader>();
  return (
    <div className="account">
      <AccountNav locale={locale} />
      <div className="account__page">
        <Outlet />
      </div>
    </div>
  );
}
