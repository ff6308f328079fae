// The login page: /fr/connexion, /en/login. Email and password, or a login link by email; both
// forms work without JavaScript. `?redirectTo=` (a path of this site) is where a login leads.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { signUpPath, useResources } from "@comptoir/i18n";
import { authResources } from "@comptoir/i18n/resources/auth";
import { useTranslation } from "@comptoir/i18n/react";
import { AuthCard } from "~/components/auth-card";
import { MagicLinkRequestForm, PasswordLoginForm } from "~/components/auth-login-forms";
import { storefrontApi } from "~/lib/api.server";
import type { LoginActionData } from "~/lib/auth-data";
import { loginAction } from "~/lib/auth-login.server";
import { authMeta } from "~/lib/auth-meta";
import { authDocumentHeaders, authFormPageData } from "~/lib/auth-page.server";
import { localeFromUrl } from "~/lib/locale.server";

export const headers = authDocumentHeaders();

export async function loader({ request }: LoaderFunctionArgs) {
  return authFormPageData(request, localeFromUrl(request)!, await storefrontApi(request), "login");
}

export async function action({ request }: ActionFunctionArgs) {
  return loginAction(request, localeFromUrl(request)!, await storefrontApi(request));
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => authMeta(loaderData?.seo);

export default function LoginPage() {
  // These pages' texts come with their code, not with every page of the shop.
  useResources(authResources);
  const { locale, redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<LoginActionData>();
  const { t } = useTranslation("auth");
  return (
    <AuthCard
      title={t("login.heading")}
      intro={<p>{t("login.intro")}</p>}
      testId="login-page"
      aside={
        <>
          {t("login.noAccount")} <Link to={signUpPath(locale)}>{t("login.signUp")}</Link>
        </>
      }
    >
      <PasswordLoginForm
        // Once the other form was sent, each starts over: no stale refusal is left above it.
        key={actionData?.intent === "magicLink" ? "after-link" : "password"}
        locale={locale}
        redirectTo={redirectTo}
        actionData={actionData}
      />
      <p className="auth-card__divider">
        <span>{t("or")}</span>
      </p>
      <MagicLinkRequestForm
        key={actionData?.intent === "password" ? "after-password" : "link"}
        actionData={actionData}
      />
    </AuthCard>
  );
}
