// The profile page: /fr/compte/profil, /en/account/profile.
import { getFormProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { LOCALES } from "@comptoir/i18n";
import { emailChangeRequestInput, profileUpdateInput } from "@comptoir/validators";
import { useTranslation } from "@comptoir/i18n/react";
import { AccountInput, AccountSelect } from "~/components/account-field";
import { AccountFormError, AccountNotice } from "~/components/account-notice";
import { AccountPageHeader } from "~/components/account-page-header";
import { doneFlag, INTENT_FIELD } from "~/lib/account-form";
import { PROFILE_DONE, PROFILE_INTENTS, type EmailChangeSent } from "~/lib/account-intents";
import { profileAction, profilePageData } from "~/lib/account-profile.server";
import { accountRouteHeaders } from "~/lib/account-session.server";
import { storefrontApi } from "~/lib/api.server";
import { localeFromUrl } from "~/lib/locale.server";
import { seoMeta } from "~/lib/seo";
import { useAccountForm, useReplyExtra } from "~/lib/use-account-form";

export const headers = accountRouteHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  return profilePageData(request, localeFromUrl(request)!, await storefrontApi(request));
}

export async function action({ request }: ActionFunctionArgs) {
  return profileAction(request, localeFromUrl(request)!, await storefrontApi(request));
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => seoMeta(loaderData?.seo);

function ProfileForm() {
  const { profile } = useLoaderData<typeof loader>();
  const { t } = useTranslation("account");
  const { t: tc } = useTranslation();
  const busy = useNavigation().formData?.get(INTENT_FIELD) === PROFILE_INTENTS.profile;
  const [form, fields] = useAccountForm(PROFILE_INTENTS.profile, profileUpdateInput, {
    name: profile.name ?? "",
    locale: profile.locale,
  });
  return (
    <section className="account-card" aria-labelledby="profile-details-title">
      <h2 id="profile-details-title">{t("profile.detailsTitle")}</h2>
      <Form method="post" {...getFormProps(form)} className="account-form" data-testid="profile-form">
        <input type="hidden" name={INTENT_FIELD} value={PROFILE_INTENTS.profile} />
        <AccountFormError errors={form.errors} id={form.errorId} />
        <AccountInput
          field={fields.name}
          label={t("profile.name")}
          hint={t("profile.nameHint")}
          autoComplete="name"
          maxLength={100}
        />
        <AccountSelect field={fields.locale} label={t("profile.locale")} hint={t("profile.localeHint")}>
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {tc(`language.names.${code}`)}
            </option>
          ))}
        </AccountSelect>
        <button type="submit" className="btn" disabled={busy}>
          {busy ? t("form.saving") : t("profile.save")}
        </button>
      </Form>
    </section>
  );
}

function EmailForm() {
  const { profile } = useLoaderData<typeof loader>();
  const { t } = useTranslation("account");
  const busy = useNavigation().formData?.get(INTENT_FIELD) === PROFILE_INTENTS.email;
  const [form, fields] = useAccountForm(PROFILE_INTENTS.email, emailChangeRequestInput);
  const sent = useReplyExtra<EmailChangeSent>(PROFILE_INTENTS.email);
  return (
    <section className="account-card" aria-labelledby="profile-email-title">
      <h2 id="profile-email-title">{t("profile.emailTitle")}</h2>
      <dl className="account-facts">
        <div>
          <dt>{t("profile.currentEmail")}</dt>
          <dd data-testid="profile-email">
            {profile.email}{" "}
            <span className={`badge ${profile.emailVerified ? "badge--success" : "badge--warning"}`}>
              {profile.emailVerified ? t("profile.verified") : t("profile.notVerified")}
            </span>
          </dd>
        </div>
      </dl>
      {sent ? (
        <AccountNotice testId="email-change-sent">
          {t("profile.emailSent", { email: sent.sentTo })}
        </AccountNotice>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="account-form" data-testid="email-form">
        <input type="hidden" name={INTENT_FIELD} value={PROFILE_INTENTS.email} />
        <AccountFormError errors={form.errors} id={form.errorId} />
        <AccountInput
          field={fields.newEmail}
          type="email"
          label={t("profile.newEmail")}
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          required
          maxLength={254}
        />
        {profile.hasPassword ? (
          <AccountInput
            field={fields.currentPassword}
            type="password"
            label={t("profile.currentPassword")}
            hint={t("profile.currentPasswordHint")}
            autoComplete="current-password"
            required
          />
        ) : (
          <p className="account-note">{t("profile.noPasswordNote")}</p>
        )}
        <button type="submit" className="btn" disabled={busy}>
          {t("profile.changeEmail")}
        </button>
      </Form>
    </section>
  );
}

export default function AccountProfile() {
  const { t } = useTranslation("account");
  const [search] = useSearchParams();
  const done = doneFlag(search, PROFILE_DONE);
  return (
    <div className="account-profile">
      <AccountPageHeader title={t("profile.title")} />
      {done === "profile" ? <AccountNotice>{t("profile.saved")}</AccountNotice> : null}
      <div className="account-stack">
        <ProfileForm />
        <EmailForm />
      </div>
    </div>
  );
}
