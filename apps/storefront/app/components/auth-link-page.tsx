import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { accountPath, forgotPasswordPath, loginPath, type Locale } from "@comptoir/i18n";
import { useTranslation } from "@comptoir/i18n/react";
import type { LinkActionData } from "~/lib/auth-data";
import { linkForm, PASSWORD_MIN_LENGTH, resetPasswordForm } from "~/lib/auth-forms";
import type { LinkPage } from "~/lib/auth-paths";
import { AuthCard } from "./auth-card";
import { AuthField, AuthFormError, AuthSubmit, useAuthPending } from "./auth-field";

/**
 * The page an emailed link opens: a button (and for a reset link, the new password) whose form
 * carries the token; or, for a link that no longer works, the way to ask for a new one.
 */
export function AuthLinkPage({
  page,
  locale,
  token,
  actionData,
}: {
  page: LinkPage;
  locale: Locale;
  token: string;
  actionData: LinkActionData | undefined;
}) {
  const { t } = useTranslation("auth");
  if (!token || actionData?.state === "invalid") return <AuthLinkInvalid page={page} locale={locale} />;
  return (
    <AuthCard title={t(`${page}.heading`)} intro={<p>{t(`${page}.intro`)}</p>} testId="link-page">
      <LinkForm
        page={page}
        token={token}
        reply={actionData?.state === "form" ? actionData.reply : undefined}
      />
    </AuthCard>
  );
}

function LinkForm({
  page,
  token,
  reply,
}: {
  page: LinkPage;
  token: string;
  reply: Extract<LinkActionData, { state: "form" }>["reply"] | undefined;
}) {
  const { t } = useTranslation("auth");
  const pending = useAuthPending();
  const schema = page === "resetPassword" ? resetPasswordForm : linkForm;
  // One shape for both forms: the token, and the new password on the reset page only.
  const [form, fields] = useForm<{ token: string; password?: string }>({
    id: `link-${page}`,
    lastResult: reply,
    constraint: getZodConstraint(schema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  return (
    // Posted to this very URL: the page read again after an answer still has the link's token.
    <Form method="post" {...getFormProps(form)} className="auth-form" data-testid="link-form">
      <AuthFormError id={form.errorId} errors={form.errors} />
      <input type="hidden" name="token" value={token} />
      {page === "resetPassword" ? (
        <AuthField
          field={fields.password}
          type="password"
          label={t("fields.newPassword")}
          hint={t("fields.passwordRules", { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
        />
      ) : null}
      <AuthSubmit pending={pending} label={t(`${page}.submit`)} pendingLabel={t(`${page}.submitting`)} />
    </Form>
  );
}

/** Where to ask for a new link, per page. */
const RENEW: Record<LinkPage, (locale: Locale) => string> = {
  // Logging in with an unconfirmed address sends a new confirmation link.
  verifyEmail: (locale) => loginPath(locale),
  // The login page has the "email me a login link" form.
  magicLink: (locale) => loginPath(locale),
  resetPassword: (locale) => forgotPasswordPath(locale),
  // A new address is asked for again from the profile.
  confirmEmail: (locale) => accountPath(locale, "profile"),
};

function AuthLinkInvalid({ page, locale }: { page: LinkPage; locale: Locale }) {
  const { t } = useTranslation("auth");
  return (
    <AuthCard
      title={t("invalid.title")}
      icon="broken-link"
      testId="link-invalid"
      intro={
        <>
          <p>{t("invalid.text")}</p>
          <p>{t(`invalid.${page}.text`)}</p>
        </>
      }
    >
      <Link to={RENEW[page](locale)} className="btn auth-card__submit">
        {t(`invalid.${page}.action`)}
      </Link>
    </AuthCard>
  );
}
