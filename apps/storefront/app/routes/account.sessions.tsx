// The devices page: /fr/compte/appareils, /en/account/devices.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "@comptoir/i18n/react";
import { AccountFormError, AccountNotice } from "~/components/account-notice";
import { AccountPageHeader } from "~/components/account-page-header";
import { doneFlag, INTENT_FIELD, type AccountFormReply } from "~/lib/account-form";
import { SESSION_DONE, SESSION_INTENTS } from "~/lib/account-intents";
import { accountRouteHeaders } from "~/lib/account-session.server";
import { sessionsAction, sessionsPageData } from "~/lib/account-sessions.server";
import { storefrontApi } from "~/lib/api.server";
import { localeFromUrl } from "~/lib/locale.server";
import { seoMeta } from "~/lib/seo";
import { useAccountDate } from "~/lib/use-account-date";

export const headers = accountRouteHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  return sessionsPageData(request, localeFromUrl(request)!, await storefrontApi(request));
}

export async function action({ request }: ActionFunctionArgs) {
  return sessionsAction(request, localeFromUrl(request)!, await storefrontApi(request));
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => seoMeta(loaderData?.seo);

export default function AccountSessions() {
  const { locale, sessions } = useLoaderData<typeof loader>();
  const actionData = useActionData<AccountFormReply>();
  const navigation = useNavigation();
  const { t } = useTranslation("account");
  const [search] = useSearchParams();
  const done = doneFlag(search, SESSION_DONE);
  const pendingId =
    navigation.formData?.get(INTENT_FIELD) === SESSION_INTENTS.revoke ? navigation.formData.get("id") : null;
  const formatDate = useAccountDate(locale);
  const date = (value: Date | string) => formatDate(value, { dateStyle: "long", timeStyle: "short" });
  return (
    <div className="account-sessions">
      <AccountPageHeader title={t("sessions.title")} intro={t("sessions.intro")} />
      {done === "revoked" ? <AccountNotice>{t("sessions.revoked")}</AccountNotice> : null}
      <AccountFormError errors={actionData?.result.error?.[""] ?? undefined} id="sessions-error" />
      <ul className="account-session-list" aria-label={t("sessions.listLabel")}>
        {sessions.map((session) => {
          const device = t("sessions.device", {
            browser: session.device.browser ?? t("sessions.unknownBrowser"),
            system: session.device.system ?? t("sessions.unknownSystem"),
          });
          return (
            <li
              key={session.id}
              className="account-session"
              data-testid="account-session"
              data-current={session.current || undefined}
            >
              <div className="account-session__about">
                <p className="account-session__device">
                  {device}
                  {session.current ? (
                    <span className="badge badge--success">{t("sessions.thisDevice")}</span>
                  ) : null}
                </p>
                <p className="account-session__detail">
                  {session.ipAddress
                    ? t("sessions.from", { address: session.ipAddress })
                    : t("sessions.unknownAddress")}
                  {" · "}
                  {t("sessions.signedIn", { date: date(session.createdAt) })}
                </p>
                <p className="account-session__detail">
                  {t("sessions.expires", {
                    date: formatDate(session.expiresAt, { dateStyle: "long" }),
                  })}
                </p>
              </div>
              {session.current ? null : (
                <Form method="post" className="account-session__revoke">
                  <input type="hidden" name="id" value={session.id} />
                  <button
                    type="submit"
                    name={INTENT_FIELD}
                    value={SESSION_INTENTS.revoke}
                    className="btn btn--ghost btn--small"
                    aria-label={t("sessions.revokeOf", { device, date: date(session.createdAt) })}
                    disabled={pendingId === session.id}
                  >
                    {t("sessions.revoke")}
                  </button>
                </Form>
              )}
            </li>
          );
        })}
      </ul>
      <section className="account-card account-card--quiet" aria-labelledby="sessions-everywhere-title">
        <h2 id="sessions-everywhere-title">{t("sessions.everywhereTitle")}</h2>
        <p>{t("sessions.everywhereText")}</p>
        <Form method="post">
          <button
            type="submit"
            name={INTENT_FIELD}
            value={SESSION_INTENTS.everywhere}
            className="btn btn--ghost"
            data-testid="logout-everywhere"
          >
            {t("sessions.everywhereSubmit")}
          </button>
        </Form>
      </section>
    </div>
  );
}
