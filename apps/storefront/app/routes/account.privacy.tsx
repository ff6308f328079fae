// The privacy page: /fr/compte/confidentialite, /en/account/privacy.
import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useNavigation } from "@remix-run/react";
import { accountPath, ACCOUNT_SUBPATHS } from "@comptoir/i18n";
import { deleteAccountConfirmation } from "@comptoir/validators";
import { useMemo } from "react";
import { useTranslation } from "@comptoir/i18n/react";
import { AccountInput } from "~/components/account-field";
import { AccountFormError } from "~/components/account-notice";
import { AccountPageHeader } from "~/components/account-page-header";
import { INTENT_FIELD } from "~/lib/account-form";
import { PRIVACY_INTENT } from "~/lib/account-intents";
import { privacyAction, privacyPageData } from "~/lib/account-privacy.server";
import { accountRouteHeaders } from "~/lib/account-session.server";
import { storefrontApi } from "~/lib/api.server";
import { localeFromUrl } from "~/lib/locale.server";
import { seoMeta } from "~/lib/seo";
import { useAccountForm } from "~/lib/use-account-form";

export const headers = accountRouteHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  return privacyPageData(request, localeFromUrl(request)!, await storefrontApi(request));
}

export async function action({ request }: ActionFunctionArgs) {
  return privacyAction(request, localeFromUrl(request)!, await storefrontApi(request));
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => seoMeta(loaderData?.seo);

function DeleteAccountForm() {
  const { email, hasPassword } = useLoaderData<typeof loader>();
  const { t } = useTranslation("account");
  const busy = useNavigation().formData?.get(INTENT_FIELD) === PRIVACY_INTENT;
  const schema = useMemo(() => deleteAccountConfirmation(email), [email]);
  const [form, fields] = useAccountForm(PRIVACY_INTENT, schema);
  return (
    <section className="account-card account-card--danger" aria-labelledby="privacy-delete-title">
      <h2 id="privacy-delete-title">{t("privacy.deleteTitle")}</h2>
      <p className="account-warning" id="privacy-delete-warning">
        {t("privacy.deleteWarning")}
      </p>
      <Form
        method="post"
        {...getFormProps(form)}
        className="account-form"
        aria-describedby="privacy-delete-warning"
        data-testid="delete-account-form"
      >
        <input type="hidden" name={INTENT_FIELD} value={PRIVACY_INTENT} />
        <AccountFormError errors={form.errors} id={form.errorId} />
        <AccountInput
          field={fields.confirmEmail}
          type="email"
          label={t("privacy.confirmEmail")}
          hint={t("privacy.confirmEmailHint", { email })}
          autoComplete="off"
          spellCheck={false}
          required
        />
        {hasPassword ? (
          <AccountInput
            field={fields.password}
            type="password"
            label={t("privacy.password")}
            autoComplete="current-password"
            required
          />
        ) : (
          <p className="account-note">{t("privacy.noPassword")}</p>
        )}
        <button type="submit" className="btn account-danger-button" disabled={busy}>
          {t("privacy.deleteSubmit")}
        </button>
      </Form>
    </section>
  );
}

export default function AccountPrivacy() {
  const { locale } = useLoaderData<typeof loader>();
  const { t } = useTranslation("account");
  const exportPath = `${accountPath(locale, "privacy")}/${ACCOUNT_SUBPATHS.dataExport[locale]}`;
  return (
    <div className="account-privacy">
      <AccountPageHeader title={t("privacy.title")} intro={t("privacy.intro")} />
      <div className="account-stack">
        <section className="account-card" aria-labelledby="privacy-export-title">
          <h2 id="privacy-export-title">{t("privacy.exportTitle")}</h2>
          <p>{t("privacy.exportText")}</p>
          {/* A plain link: the browser saves the file (Content-Disposition), no page is loaded. */}
          <a href={exportPath} className="btn btn--ghost" download data-testid="data-export">
            {t("privacy.exportSubmit")}
          </a>
        </section>
        <DeleteAccountForm />
      </div>
    </div>
  );
}
