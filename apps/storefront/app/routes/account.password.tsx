// The password page: /fr/compte/mot-de-passe, /en/account/password.
import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation, useNavigation, useSearchParams } from "@remix-run/react";
import { forgotPasswordPath } from "@comptoir/i18n";
import { changePasswordInput, PASSWORD_MIN_LENGTH } from "@comptoir/validators";
import { useTranslation } from "@comptoir/i18n/react";
import { AccountInput } from "~/components/account-field";
import { AccountFormError, AccountNotice } from "~/components/account-notice";
import { AccountPageHeader } from "~/components/account-page-header";
import { doneFlag, INTENT_FIELD } from "~/lib/account-form";
import { PASSWORD_DONE, PASSWORD_INTENT } from "~/lib/account-intents";
import { passwordAction, passwordPageData } from "~/lib/account-password.server";
import { accountRouteHeaders } from "~/lib/account-session.server";
import { storefrontApi } from "~/lib/api.server";
import { localeFromUrl } from "~/lib/locale.server";
import { seoMeta } from "~/lib/seo";
import { useAccountForm } from "~/lib/use-account-form";

export const headers = accountRouteHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  return passwordPageData(request, localeFromUrl(request)!, await storefrontApi(request));
}

export async function action({ request }: ActionFunctionArgs) {
  return passwordAction(request, localeFromUrl(request)!, await storefrontApi(request));
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => seoMeta(loaderData?.seo);

function PasswordForm() {
  const { t } = useTranslation("account");
  const busy = useNavigation().formData?.get(INTENT_FIELD) === PASSWORD_INTENT;
  const [form, fields] = useAccountForm(PASSWORD_INTENT, changePasswordInput);
  return (
    <Form method="post" {...getFormProps(form)} className="account-form" data-testid="password-form">
      <input type="hidden" name={INTENT_FIELD} value={PASSWORD_INTENT} />
      <AccountFormError errors={form.errors} id={form.errorId} />
      <AccountInput
        field={fields.currentPassword}
        type="password"
        label={t("password.current")}
        autoComplete="current-password"
        required
      />
      <AccountInput
        field={fields.newPassword}
        type="password"
        label={t("password.new")}
        hint={t("password.rules", { min: PASSWORD_MIN_LENGTH })}
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
      />
      <button type="submit" className="btn" disabled={busy}>
        {busy ? t("form.saving") : t("password.submit")}
      </button>
    </Form>
  );
}

export default function AccountPassword() {
  const { locale, hasPassword } = useLoaderData<typeof loader>();
  const { t } = useTranslation("account");
  const [search] = useSearchParams();
  // A new form after each change: what was typed in the last one is gone.
  const { key } = useLocation();
  const done = doneFlag(search, PASSWORD_DONE);
  return (
    <div className="account-password">
      <AccountPageHeader title={t("password.title")} intro={hasPassword ? t("password.intro") : undefined} />
      {done === "password" ? (
        <AccountNotice testId="password-changed">
          <strong>{t("password.changed")}</strong> {t("password.othersLoggedOut")}
        </AccountNotice>
      ) : null}
      <section className="account-card">
        {hasPassword ? (
          <PasswordForm key={key} />
        ) : (
          <div className="account-note-block">
            <h2>{t("password.noPasswordTitle")}</h2>
            <p>{t("password.noPasswordText")}</p>
            <Link to={forgotPasswordPath(locale)} className="btn btn--ghost">
              {t("password.noPasswordAction")}
            </Link>
          </div>
        )}
      </section>
    </div>
  );
}
