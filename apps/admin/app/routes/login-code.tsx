// The login's second step: the code of the authenticator app, or a recovery code.
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { getFixedT } from "@comptoir/i18n/server";
import { useTranslation } from "@comptoir/i18n/react";
import { LoginCard } from "~/components/login-card";
import { useAdminErrorText } from "~/lib/admin-error-text";
import { pathForStep, requirePendingStaff } from "~/lib/api.server";
import { codeFormRefusal } from "~/lib/code-form.server";
import { localeDetector } from "~/lib/locale.server";
import { privateNoStore } from "~/lib/no-cache";
import { safeRedirectPath } from "~/lib/safe-redirect";

export const headers = privateNoStore;

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"));
  const { session, resHeaders } = await requirePendingStaff(request);
  if (session.step !== "code_required") {
    throw redirect(pathForStep(session.step, redirectTo), { headers: resHeaders });
  }
  const t = getFixedT(localeDetector.getLocale(request), "admin");
  return { redirectTo, title: t("twoFactor.codeTitle") };
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [{ title: loaderData?.title }];

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const { api, resHeaders } = await requirePendingStaff(request);
  try {
    await api.auth.verifySecondFactor({ code: String(formData.get("code") ?? "") });
  } catch (caught) {
    return codeFormRefusal(caught, "code", resHeaders);
  }
  return redirect(safeRedirectPath(formData.get("redirectTo")), { headers: resHeaders });
}

export default function LoginCode() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation("admin");
  const errorText = useAdminErrorText();
  const error = actionData?.error;
  return (
    <LoginCard title={t("twoFactor.codeTitle")}>
      <p className="login__intro">{t("twoFactor.codeIntro")}</p>
      <Form method="post">
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <div className="field">
          <label htmlFor="code">{t("twoFactor.code")}</label>
          <input
            id="code"
            name="code"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            autoFocus
            required
            maxLength={64}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "code-error code-help" : "code-help"}
          />
          {error ? (
            <p className="field__error" id="code-error" role="alert">
              {errorText(error)}
            </p>
          ) : null}
          <p className="field__help" id="code-help">
            {t("twoFactor.codeHelp")}
          </p>
        </div>
        <button type="submit" className="btn login__submit" disabled={navigation.state === "submitting"}>
          {t("twoFactor.codeSubmit")}
        </button>
      </Form>
      <Form method="post" action="/logout" className="login__secondary">
        <button type="submit" className="btn btn--ghost btn--small">
          {t("nav.logout")}
        </button>
      </Form>
    </LoginCard>
  );
}
