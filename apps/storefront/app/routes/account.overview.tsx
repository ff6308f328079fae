// The account overview: /fr/compte, /en/account.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { accountPath, homePath } from "@comptoir/i18n";
import { useTranslation } from "@comptoir/i18n/react";
import { ACCOUNT_SECTIONS } from "~/components/account-nav";
import { AccountOrderTable } from "~/components/account-order-table";
import { AccountPageHeader } from "~/components/account-page-header";
import { storefrontApi } from "~/lib/api.server";
import { overviewPageData } from "~/lib/account-overview.server";
import { accountRouteHeaders } from "~/lib/account-session.server";
import { localeFromUrl } from "~/lib/locale.server";
import { seoMeta } from "~/lib/seo";

export const headers = accountRouteHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  return overviewPageData(request, localeFromUrl(request)!, await storefrontApi(request));
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => seoMeta(loaderData?.seo);

export default function AccountOverview() {
  const { locale, name, email, welcome, latestOrders, orderCount } = useLoaderData<typeof loader>();
  const { t } = useTranslation("account");
  return (
    <div className="account-overview">
      <AccountPageHeader
        title={name ? t("overview.hello", { name }) : t("overview.helloNoName")}
        intro={t("overview.signedInAs", { email })}
      />
      {welcome ? (
        <div className="account-welcome" role="status" data-testid="account-welcome">
          <h2 className="account-welcome__title">{t("overview.welcomeTitle")}</h2>
          <p>{t("overview.welcomeText")}</p>
        </div>
      ) : null}

      <section className="account-section" aria-labelledby="account-latest-orders">
        <div className="account-section__header">
          <h2 id="account-latest-orders">{t("overview.latestOrders")}</h2>
          {orderCount > 0 ? <Link to={accountPath(locale, "orders")}>{t("overview.allOrders")}</Link> : null}
        </div>
        {latestOrders.length > 0 ? (
          <AccountOrderTable orders={latestOrders} locale={locale} />
        ) : (
          <div className="empty account-empty">
            <p>{t("overview.noOrders")}</p>
            <Link to={homePath(locale)} className="btn btn--small">
              {t("overview.startShopping")}
            </Link>
          </div>
        )}
      </section>

      <section className="account-section" aria-labelledby="account-sections">
        <h2 id="account-sections">{t("overview.sectionsTitle")}</h2>
        <ul className="account-shortcuts">
          {ACCOUNT_SECTIONS.map((section) => (
            <li key={section}>
              <Link to={accountPath(locale, section)} className="account-shortcut" prefetch="intent">
                <span className="account-shortcut__title">{t(`nav.${section}`)}</span>
                <span className="account-shortcut__text">{t(`overview.sections.${section}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
