// A staff invitation's link (/invitation/<token>): the invitee, who has no account yet, sees what it
// invites to, then chooses their name and password. The account is created and logged in, and the
// login continues as usual: admins and owners enrol two-factor first. An unknown, used, revoked or
// expired link gets a page that says so. Works without JavaScript.
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { domainCodeOf, fieldErrorsFromError } from "@comptoir/api";
import { getFixedT } from "@comptoir/i18n/server";
import { useTranslation } from "@comptoir/i18n/react";
import { LoginCard } from "~/components/login-card";
import { useAdminErrorText } from "~/lib/admin-error-text";
import { adminApi, pathForStep } from "~/lib/api.server";
import { localeDetector } from "~/lib/locale.server";
import { privateNoStore } from "~/lib/no-cache";

// The link's secret is in the address: nothing of this page may be cached or shared.
export const headers = privateNoStore;

type ActionResult = {
  invalid?: boolean;
  formError?: string;
  fields?: { name?: string; password?: string };
  name?: string;
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api, resHeaders } = await adminApi(request);
  const t = getFixedT(localeDetector.getLocale(request), "admin");
  const invitation = await api.auth.staffInvitation({ token: params.token ?? "" });
  if (!invitation) {
    return data(
      { invitation: null, title: t("invitations.accept.invalidTitle") },
      { status: 410, headers: resHeaders },
    );
  }
  return data(
    { invitation: { email: invitation.email, role: invitation.role }, title: t("invitations.accept.title") },
    { headers: resHeaders },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [
  { title: loaderData?.title },
  { name: "robots", content: "noindex" },
];

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await request.formData();
  const { api, resHeaders } = await adminApi(request);
  const name = String(formData.get("name") ?? "");
  try {
    const { adminStep } = await api.auth.acceptStaffInvitation({
      token: params.token ?? "",
      name,
      password: String(formData.get("password") ?? ""),
      locale: localeDetector.getLocale(request),
    });
    return redirect(pathForStep(adminStep, "/"), { headers: resHeaders });
  } catch (caught) {
    const code = domainCodeOf(caught);
    if (code === "LINK_INVALID") {
      return data<ActionResult>({ invalid: true }, { status: 410, headers: resHeaders });
    }
    const fieldErrors = fieldErrorsFromError(caught);
    if (fieldErrors) {
      const fields = { name: fieldErrors.name?.[0], password: fieldErrors.password?.[0] };
      // Any other field (the token, the language) is not the person's doing: a generic message.
      const formError = fields.name || fields.password ? undefined : "BAD_REQUEST";
      return data<ActionResult>({ fields, formError, name }, { status: 400, headers: resHeaders });
    }
    if (code) {
      return data<ActionResult>(
        { formError: code, name },
        { status: code === "RATE_LIMITED" ? 429 : 400, headers: resHeaders },
      );
    }
    throw caught;
  }
}

function InvalidInvitation() {
  const { t } = useTranslation("admin");
  return (
    <LoginCard title={t("invitations.accept.invalidTitle")}>
      <p className="alert alert--error" role="alert" data-testid="invitation-invalid">
        {t("invitations.accept.invalid")}
      </p>
      <Link to="/login" className="btn login__submit">
        {t("invitations.accept.toLogin")}
      </Link>
    </LoginCard>
  );
}

export default function Invitation() {
  const { invitation } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionResult | undefined;
  const navigation = useNavigation();
  const { t } = useTranslation("admin");
  const errorText = useAdminErrorText();
  if (!invitation || actionData?.invalid) return <InvalidInvitation />;
  const fields = actionData?.fields ?? {};
  const needsTwoFactor = invitation.role === "ADMIN" || invitation.role === "OWNER";
  return (
    <LoginCard title={t("invitations.accept.title")}>
      <p className="login__intro">
        {t("invitations.accept.intro", { email: invitation.email, role: t(`roles.${invitation.role}`) })}
      </p>
      {needsTwoFactor ? <p className="alert alert--info">{t("invitations.accept.twoFactor")}</p> : null}
      {actionData?.formError ? (
        <p className="alert alert--error" role="alert">
          {errorText(actionData.formError)}
        </p>
      ) : null}
      <Form method="post" data-testid="invitation-form">
        <div className="field">
          <label htmlFor="invitation-email">{t("invitations.accept.email")}</label>
          {/* Read-only, not sent: it tells password managers which account the password is for. */}
          <input
            id="invitation-email"
            type="email"
            value={invitation.email}
            readOnly
            autoComplete="username"
          />
        </div>
        <div className="field">
          <label htmlFor="invitation-name">{t("invitations.accept.name")}</label>
          <input
            id="invitation-name"
            name="name"
            required
            maxLength={120}
            autoComplete="name"
            defaultValue={actionData?.name ?? ""}
            aria-invalid={fields.name ? true : undefined}
            aria-describedby={fields.name ? "invitation-name-error" : undefined}
            autoFocus
          />
          {fields.name ? (
            <p className="field__error" id="invitation-name-error">
              {errorText(fields.name)}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="invitation-password">{t("invitations.accept.password")}</label>
          <input
            id="invitation-password"
            name="password"
            type="password"
            required
            minLength={12}
            maxLength={256}
            autoComplete="new-password"
            aria-invalid={fields.password ? true : undefined}
            aria-describedby={
              fields.password
                ? "invitation-password-error invitation-password-help"
                : "invitation-password-help"
            }
          />
          <p className="field__help" id="invitation-password-help">
            {t("invitations.accept.passwordHelp")}
          </p>
          {fields.password ? (
            <p className="field__error" id="invitation-password-error">
              {errorText(fields.password)}
            </p>
          ) : null}
        </div>
        <button type="submit" className="btn login__submit" disabled={navigation.state === "submitting"}>
          {t("invitations.accept.submit")}
        </button>
      </Form>
    </LoginCard>
  );
}
