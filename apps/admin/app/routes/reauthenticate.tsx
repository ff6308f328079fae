// Proving again who holds the session before a sensitive action (role changes; later refunds):
// a fresh code, or the password for accounts without two-factor. Valid for ten minutes.
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { getFixedT } from "@comptoir/i18n/server";
import { useTranslation } from "@comptoir/i18n/react";
import { LoginCard } from "~/components/login-card";
import { useAdminErrorText } from "~/lib/admin-error-text";
import { requireStaff } from "~/lib/api.server";
import { codeFormRefusal } from "~/lib/code-form.server";
import { localeDetector } from "~/lib/locale.server";
import { privateNoStore } from "~/lib/no-cache";
import { safeRedirectPath } from "~/lib/safe-redirect";

export const headers = privateNoStore;

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"));
  const { twoFactorEnabled } = await requireStaff(request);
  const t = getFixedT(localeDetector.getLocale(request), "admin");
  return { redirectTo, twoFactorEnabled, title: t("twoFactor.reauthTitle") };
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [{ title: loaderData?.title }];

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const { api, resHeaders } = await requireStaff(request);
  try {
    await api.auth.reauthenticate({ secret: String(formData.get("secret") ?? "") });
  } catch (caught) {
    return codeFormRefusal(caught, "secret", resHeaders);
  }
  return redirect(safeRedirectPath(formData.get("redirectTo")), { headers: resHeaders });
}

export default function Reauthenticate() {
  const { redirectTo, twoFactorEnabled } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation("admin");
  const errorText = useAdminErrorText();
  const error = actionData?.error;
  return (
    <LoginCard title={t("twoFactor.reauthTitle")}>
      <p className="login__intro">
        {twoFactorEnabled ? t("twoFactor.reauthIntroCode") : t("twoFactor.reauthIntroPassword")}
      </p>
      <Form method="post">
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <div className="field">
          <label htmlFor="secret">
            {twoFactorEnabled ? t("twoFactor.reauthSecretCode") : t("twoFactor.reauthSecretPassword")}
          </label>
          <input
            id="secret"
            name="secret"
            type={twoFactorEnabled ? "text" : "password"}
            inputMode={twoFactorEnabled ? "numeric" : undefined}
            autoComplete={twoFactorEnabled ? "one-time-code" : "current-password"}
            autoFocus
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "secret-error" : undefined}
          />
          {error ? (
            <p className="field__error" id="secret-error" role="alert">
              {errorText(error)}
            </p>
          ) : null}
        </div>
        <button type="submit" className="btn login__submit" disabled={navigation.state === "submitting"}>
          {t("twoFactor.reauthSubmit")}
        </button>
      </Form>
      <p className="login__secondary">
        <Link to={redirectTo}>{t("twoFactor.cancel")}</Link>
      </p>
    </LoginCard>
  );
}
