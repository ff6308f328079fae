// The shop's settings (admins and owners): for now the most a manager may refund at once, typed in
// the shop's currency as on the refund form ("150", "150,50"). Every change is audited by the API.
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { domainCodeOf, fieldErrorsFromError } from "@comptoir/api";
import { currencyDigits, formatMoney, type Locale } from "@comptoir/i18n";
import { getFixedT } from "@comptoir/i18n/server";
import { useTranslation } from "@comptoir/i18n/react";
import { useAdminErrorText } from "~/lib/admin-error-text";
import { requireStaff } from "~/lib/api.server";
import { localeDetector } from "~/lib/locale.server";
import { parseMajorAmount } from "~/lib/money-input";
import { privateNoStore } from "~/lib/no-cache";
import dashboardStylesUrl from "~/styles/dashboard.css?url";

export const headers = privateNoStore;

export const links: LinksFunction = () => [{ rel: "stylesheet", href: dashboardStylesUrl }];

/** "200,00" / "200.00": an amount in major units as staff type it, without the currency sign. */
function majorText(amount: number, currency: string, locale: Locale): string {
  const digits = currencyDigits(currency);
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(amount / 10 ** digits);
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { api, resHeaders } = await requireStaff(request, { permission: "settings.manage" });
  const locale = localeDetector.getLocale(request);
  const settings = await api.admin.settings.get();
  const t = getFixedT(locale, "admin");
  return data(
    {
      settings,
      locale,
      saved: new URL(request.url).searchParams.has("saved"),
      title: getFixedT(locale, "common")("pageTitle", { title: t("settings.title") }),
    },
    { headers: resHeaders },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [{ title: loaderData?.title }];

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const { api, resHeaders } = await requireStaff(request, { permission: "settings.manage" });
  const typed = String(formData.get("managerRefundLimit") ?? "");
  // The limit is always saved in the shop's currency, the one the form names.
  const { currency } = await api.admin.settings.get();
  const amount = parseMajorAmount(typed, currency);
  if (amount === null) {
    return data({ error: "refund_limit_invalid", typed }, { status: 400, headers: resHeaders });
  }
  try {
    await api.admin.settings.update({ managerRefundLimit: amount });
  } catch (caught) {
    if (fieldErrorsFromError(caught)) {
      return data({ error: "refund_limit_invalid", typed }, { status: 400, headers: resHeaders });
    }
    const code = domainCodeOf(caught);
    if (!code) throw caught;
    return data({ error: code, typed }, { status: 409, headers: resHeaders });
  }
  return redirect("/settings?saved", { headers: resHeaders });
}

export default function Settings() {
  const { settings, locale, saved } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation("admin");
  const errorText = useAdminErrorText();
  const limit = settings.managerRefundLimit;
  const sameCurrency = limit.currency === settings.currency;
  const error = actionData?.error ?? null;
  return (
    <>
      <div className="page-heading">
        <h1>{t("settings.title")}</h1>
      </div>
      <p className="page-intro">{t("settings.intro")}</p>
      {saved && !actionData ? (
        <p className="alert alert--info" role="status">
          {t("settings.saved")}
        </p>
      ) : null}
      <section className="panel" aria-labelledby="refunds-heading">
        <h2 id="refunds-heading">{t("settings.refundsTitle")}</h2>
        <p data-testid="current-refund-limit">
          {t("settings.current", { amount: formatMoney(limit.amount, limit.currency, locale) })}
        </p>
        {sameCurrency ? null : (
          <p className="alert alert--error" role="alert">
            {t("settings.otherCurrency", { currency: limit.currency, shopCurrency: settings.currency })}
          </p>
        )}
        <Form method="post" data-testid="settings-form">
          <div className="field">
            <label htmlFor="manager-refund-limit">
              {t("settings.managerLimit", { currency: settings.currency })}
            </label>
            <input
              // A new saved limit shows at once, even when the page is revalidated in place.
              key={`${limit.amount}-${limit.currency}`}
              id="manager-refund-limit"
              name="managerRefundLimit"
              inputMode="decimal"
              required
              className="input"
              defaultValue={
                actionData?.typed ?? (sameCurrency ? majorText(limit.amount, limit.currency, locale) : "")
              }
              aria-invalid={error ? true : undefined}
              aria-describedby={
                error ? "manager-refund-limit-error manager-refund-limit-help" : "manager-refund-limit-help"
              }
            />
            <p className="field__help" id="manager-refund-limit-help">
              {t("settings.managerLimitHelp")}
            </p>
            {error ? (
              <p className="field__error" id="manager-refund-limit-error">
                {errorText(error)}
              </p>
            ) : null}
          </div>
          <button type="submit" className="btn" disabled={navigation.state === "submitting"}>
            {t("settings.save")}
          </button>
        </Form>
      </section>
    </>
  );
}
