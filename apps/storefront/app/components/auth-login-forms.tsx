import { getFormProps } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { forgotPasswordPath, type Locale } from "@comptoir/i18n";
import { useTranslation } from "@comptoir/i18n/react";
import type { LoginActionData } from "~/lib/auth-data";
import { loginForm, magicLinkForm } from "~/lib/auth-forms";
import { AuthField, AuthFormError, AuthSubmit, useAuthPending } from "./auth-field";
import { useAuthForm } from "~/lib/use-auth-form";

/** Email and password; `redirectTo` goes along so that the customer lands where they were going. */
export function PasswordLoginForm({
  locale,
  redirectTo,
  actionData,
}: {
  locale: Locale;
  redirectTo: string;
  actionData: LoginActionData | undefined;
}) {
  const { t } = useTranslation("auth");
  const pending = useAuthPending("password");
  const [form, fields] = useAuthForm(
    "login-password",
    loginForm,
    actionData?.intent === "password" ? actionData.reply : undefined,
  );
  return (
    <Form method="post" {...getFormProps(form)} className="auth-form" data-testid="login-form">
      <AuthFormError id={form.errorId} errors={form.errors} />
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <AuthField
        field={fields.email}
        type="email"
        label={t("fields.email")}
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
      />
      <AuthField
        field={fields.password}
        type="password"
        label={t("fields.password")}
        autoComplete="current-password"
        labelAside={
          <Link to={forgotPasswordPath(locale)} className="auth-field__aside">
            {t("login.forgot")}
          </Link>
        }
      />
      <AuthSubmit
        name="intent"
        value="password"
        pending={pending}
        label={t("login.submit")}
        pendingLabel={t("login.submitting")}
      />
    </Form>
  );
}

/** "Email me a login link": no password needed; the page says the link is on its way. */
export function MagicLinkRequestForm({ actionData }: { actionData: LoginActionData | undefined }) {
  const { t } = useTranslation("auth");
  const pending = useAuthPending("magicLink");
  const mine = actionData?.intent === "magicLink" ? actionData : undefined;
  const [form, fields] = useAuthForm("login-link", magicLinkForm, mine?.reply);
  return (
    <section className="auth-card__section" aria-labelledby="login-link-title">
      <h2 id="login-link-title" className="auth-card__subtitle">
        {t("login.magic.title")}
      </h2>
      {mine?.sentTo ? (
        <p className="alert alert--info" role="status" data-testid="magic-link-sent">
          {t("login.magic.sent", { email: mine.sentTo })}
        </p>
      ) : (
        <>
          <p className="auth-card__text">{t("login.magic.text")}</p>
          <Form method="post" {...getFormProps(form)} className="auth-form" data-testid="magic-link-form">
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
              name="intent"
              value="magicLink"
              variant="secondary"
              pending={pending}
              label={t("login.magic.submit")}
              pendingLabel={t("login.magic.submitting")}
            />
          </Form>
        </>
      )}
    </section>
  );
}
