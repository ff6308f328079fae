// TOTP enrolment: mandatory for admins and owners before anything else, open to every staff member.
// The QR code is an inline SVG, so the page works without JavaScript and loads no image.
import {
  data,
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
import { pathForStep, requirePendingStaff } from "~/lib/api.server";
import { codeFormRefusal } from "~/lib/code-form.server";
import { localeDetector } from "~/lib/locale.server";
import { privateNoStore } from "~/lib/no-cache";
import { safeRedirectPath } from "~/lib/safe-redirect";

export const headers = privateNoStore;

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"));
  const { api, session, resHeaders } = await requirePendingStaff(request);
  if (session.step === "code_required") {
    throw redirect(pathForStep(session.step, redirectTo), { headers: resHeaders });
  }
  const t = getFixedT(localeDetector.getLocale(request), "admin");
  const base = { redirectTo, title: t("twoFactor.setupTitle"), role: session.user.role };
  if (session.twoFactorEnabled) return data({ ...base, enrolment: null }, { headers: resHeaders });
  // Asking again answers the same pending secret, so loading this page twice is harmless.
  const enrolment = await api.auth.beginTwoFactorEnrolment();
  return data(
    { ...base, required: session.step === "enrolment_required", enrolment },
    { headers: resHeaders },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [{ title: loaderData?.title }];

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const { api, resHeaders } = await requirePendingStaff(request);
  try {
    const { recoveryCodes } = await api.auth.confirmTwoFactorEnrolment({
      code: String(formData.get("code") ?? ""),
    });
    return data({ recoveryCodes, error: null }, { headers: resHeaders });
  } catch (caught) {
    return codeFormRefusal(caught, "code", resHeaders);
  }
}

function RecoveryCodes({ codes, next }: { codes: string[]; next: string }) {
  const { t } = useTranslation("admin");
  return (
    <LoginCard title={t("twoFactor.recoveryTitle")} wide>
      <p className="alert alert--info">{t("twoFactor.recoveryIntro")}</p>
      <ol className="recovery-codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <Link to={next} className="btn login__submit">
        {t("twoFactor.recoveryContinue")}
      </Link>
    </LoginCard>
  );
}

export default function TwoFactorSetup() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation("admin");
  const errorText = useAdminErrorText();
  if (actionData && "recoveryCodes" in actionData && actionData.recoveryCodes) {
    return <RecoveryCodes codes={actionData.recoveryCodes} next={loaderData.redirectTo} />;
  }
  if (!loaderData.enrolment) {
    return (
      <LoginCard title={t("twoFactor.setupTitle")}>
        <p className="alert alert--info">{t("twoFactor.alreadyEnabled")}</p>
        <Link to={loaderData.redirectTo} className="btn login__submit">
          {t("twoFactor.recoveryContinue")}
        </Link>
      </LoginCard>
    );
  }
  const { enrolment } = loaderData;
  const error = actionData?.error;
  const required = "required" in loaderData && loaderData.required;
  return (
    <LoginCard title={t("twoFactor.setupTitle")} wide>
      <p className="login__intro">
        {required
          ? t("twoFactor.setupRequired", { role: t(`roles.${loaderData.role as "OWNER"}`) })
          : t("twoFactor.setupOptional")}
      </p>
      <p>{t("twoFactor.setupStep1")}</p>
      <div
        className="totp-qr"
        role="img"
        aria-label={t("twoFactor.setupStep1")}
        // The SVG comes from the qrcode library on our server, from a secret we generated.
        dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }}
      />
      <p className="field__help">
        {t("twoFactor.setupManual")} <code data-testid="totp-secret">{enrolment.secret}</code>
      </p>
      <Form method="post">
        <div className="field">
          <label htmlFor="code">{t("twoFactor.setupStep2")}</label>
          <input
            id="code"
            name="code"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            maxLength={64}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "code-error" : undefined}
          />
          {error ? (
            <p className="field__error" id="code-error" role="alert">
              {errorText(error)}
            </p>
          ) : null}
        </div>
        <button type="submit" className="btn login__submit" disabled={navigation.state === "submitting"}>
          {t("twoFactor.setupSubmit")}
        </button>
      </Form>
      {!required ? (
        <p className="login__secondary">
          <Link to={loaderData.redirectTo}>{t("twoFactor.cancel")}</Link>
        </p>
      ) : (
        <Form method="post" action="/logout" className="login__secondary">
          <button type="submit" className="btn btn--ghost btn--small">
            {t("nav.logout")}
          </button>
        </Form>
      )}
    </LoginCard>
  );
}
