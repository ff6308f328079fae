// The sign-up page: /fr/inscription, /en/sign-up. Name (optional), email and a password; then
// "check your inbox" for the verification link, whatever the address (see auth-sign-up.server).
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
import { PASSWORD_MIN_LENGTH, signUpForm } from "~/lib/auth-forms";
import { authMeta } from "~/lib/auth-meta";
import { authDocumentHeaders, authFormPageData } from "~/lib/auth-page.server";
import { signUpAction } from "~/lib/auth-sign-up.server";
import { localeFromUrl } from "~/lib/locale.server";
import { useAuthForm } from "~/lib/use-auth-form";

export const headers = authDocumentHeaders();

export async function loader({ request }: LoaderFunctionArgs) {
  return authFormPageData(request, localeFromUrl(request)!, await storefrontApi(request), "signUp");
}

export async function action({ request }: ActionFunctionArgs) {
  return signUpAction(request, localeFromUrl(request)!, await storefrontApi(request));
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => authMeta(loaderData?.seo);

export default function SignUpPage() {
  // These pages' texts come with their code, not with every page of the shop.
  useResources(authResources);
  const { locale } = useLoaderData<typeof loader>();
  const actionData = useActionData<EmailSentData>();
  const { t } = useTranslation("auth");
  const pending = useAuthPending();
  const [form, fields] = useAuthForm("sign-up", signUpForm, actionData?.reply);

  if (actionData?.sentTo) {
    return (
      <AuthSent
        locale={locale}
        title={t("signUp.sentTitle")}
        text={t("signUp.sent", { email: actionData.sentTo })}
        hint={t("signUp.sentHint")}
      />
    );
  }
  return (
    <AuthCard
      title={t("signUp.heading")}
      intro={<p>{t("signUp.intro")}</p>}
      testId="sign-up-page"
      aside={
        <>
          {t("signUp.haveAccount")} <Link to={loginPath(locale)}>{t("signUp.login")}</Link>
        </>
      }
    >
      <Form method="post" {...getFormProps(form)} className="auth-form" data-testid="sign-up-form">
        <AuthFormError id={form.errorId} errors={form.errors} />
        <AuthField field={fields.name} type="text" label={t("fields.name")} autoComplete="name" />
        <AuthField
          field={fields.email}
          type="email"
          label={t("fields.email")}
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
        />
        <AuthField
          field={fields.password}
          type="password"
          label={t("fields.password")}
          hint={t("fields.passwordRules", { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
        />
        <AuthSubmit pending={pending} label={t("signUp.submit")} pendingLabel={t("signUp.submitting")} />
      </Form>
    </AuthCard>
  );
}
