// The forgot-password page: /fr/mot-de-passe-oublie, /en/forgot-password. An email address, then
// the same "if an account exists, we sent a link" for every address.
import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { loginPath, useResources } from "@comptoir/i18n";
import { authResources } from "@comptoir/i18n/resources/auth";
import { useTranslation } from "@comptoir/i18n/react";
import { AuthCard } from "~/components/auth-card";
import { AuthField, AuthFormError, AuthSubmit, useAuthPending } from "~/components/auth-field";
import { AuthSent } from "~/components/auth-sent";
import { storefrontApi } from "~/lib/api.server";
import type { EmailSentData } from "~/lib/auth-data";
import { forgotPasswordAction } from "~/lib/auth-forgot-password.server";
import { forgotPasswordForm } from "~/lib/auth-forms";
import { authMeta } from "~/lib/auth-meta";
import { authDocumentHeaders, authFormPageData } from "~/lib/auth-page.server";
import { localeFromUrl } from "~/lib/locale.server";
import { useAuthForm } from "~/lib/use-auth-form";

export const headers = authDocumentHeaders();

export async function loader({ request }: LoaderFunctionArgs) {
  return authFormPageData(request, localeFromUrl(request)!, await storefrontApi(request), "forgotPassword");
}

export async function action({ request }: ActionFunctionArgs) {
  return forgotPasswordAction(request, localeFromUrl(request)!, await storefrontApi(request));
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => authMeta(loaderData?.seo);

export default function ForgotPasswordPage() {
  // These pages' texts come with their code, not with every page of the shop.
  useResources(authResources);
  const { locale } = useLoaderData<typeof loader>();
  const actionData = useActionData<EmailSentData>();
  const { t } = useTranslation("auth");
  const pending = useAuthPending();
  const [form, fields] = useAuthForm("forgot-password", forgotPasswordForm, actionData?.reply);

  if (actionData?.sentTo) {
    return (
      <AuthSent
        locale={locale}
        title={t("forgotPassword.sentTitle")}
        text={t("forgotPassword.sent", { email: actionData.sentTo })}
        hint={t("forgotPassword.sentHint")}
      />
    );
  }
  return (
    <AuthCard
      title={t("forgotPassword.heading")}
      intro={<p>{t("forgotPassword.intro")}</p>}
      testId="forgot-password-page"
      aside={
        <>
          {t("forgotPassword.remembered")} <Link to={loginPath(locale)}>{t("forgotPassword.login")}</Link>
        </>
      }
    >
      <Form method="post" {...getFormProps(form)} className="auth-form" data-testid="forgot-password-form">
        <AuthFormError id={form.errorId} errors={form.errors} />
        <AuthField
          field={fields.email}
          type="email"
          label={t("fields.email")}
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
        />
        <AuthSubmit
          pending={pending}
          label={t("forgotPassword.submit")}
          pendingLabel={t("forgotPassword.submitting")}
        />
      </Form>
    </AuthCard>
  );
}
