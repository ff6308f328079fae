// The account overview: who is logged in, a welcome after the first login (the pages an emailed
// link opens send new customers to `?welcome=1`), the sections, and the latest orders.
import { data } from "@remix-run/node";
import type { RequestCaller } from "@comptoir/api";
import type { Locale } from "@comptoir/i18n";
import { getFixedT } from "@comptoir/i18n/server";
import { accountPageSeo } from "./account-page.server";
import { accountHeaders, requireCustomer } from "./account-session.server";

/** How many of the latest orders the overview shows. */
export const OVERVIEW_ORDERS = 3;

export async function overviewPageData(request: Request, locale: Locale, caller: RequestCaller) {
  const user = await requireCustomer(request, locale, caller);
  const orders = await caller.api.account.orders.list({ page: 1 });
  return data(
    {
      locale,
      name: user.name,
      email: user.email,
      welcome: new URL(request.url).searchParams.get("welcome") === "1",
      latestOrders: orders.items.slice(0, OVERVIEW_ORDERS),
      orderCount: orders.total,
      ...accountPageSeo(request, locale, { title: getFixedT(locale, "account")("title") }),
    },
    { headers: accountHeaders(caller) },
  );
}
