// The staff list: roles, two-factor, role changes and deactivation, invitations by email (admins
// and owners only).
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { domainCodeOf, fieldErrorsFromError } from "@comptoir/api";
import { getFixedT } from "@comptoir/i18n/server";
import { useTranslation } from "@comptoir/i18n/react";
import { useAdminErrorText } from "~/lib/admin-error-text";
import { requireStaff } from "~/lib/api.server";
import { localeDetector } from "~/lib/locale.server";
import { privateNoStore } from "~/lib/no-cache";
import { useShopDates } from "~/lib/shop-dates";
import { InviteStaffForm, PendingInvitations } from "~/components/staff-invitations";
import dashboardStylesUrl from "~/styles/dashboard.css?url";

export const headers = privateNoStore;

export const links: LinksFunction = () => [{ rel: "stylesheet", href: dashboardStylesUrl }];

const ROLES = ["SUPPORT", "MANAGER", "ADMIN", "OWNER"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const { api, resHeaders, user } = await requireStaff(request, { permission: "staff.manage" });
  const locale = localeDetector.getLocale(request);
  const [staff, invitations] = await Promise.all([api.admin.staff.list(), api.admin.staff.invitations()]);
  const done = new URL(request.url).searchParams.get("done");
  const t = getFixedT(locale, "admin");
  return data(
    {
      staff,
      invitations,
      me: { id: user.id, role: user.role },
      locale,
      done: done === "role" || done === "deactivated" || done === "revoked" ? done : null,
      title: getFixedT(locale, "common")("pageTitle", { title: t("staff.title") }),
    },
    { headers: resHeaders },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [{ title: loaderData?.title }];

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const { api, resHeaders } = await requireStaff(request, { permission: "staff.manage" });
  const userId = String(formData.get("userId") ?? "");
  const intent = formData.get("intent");
  try {
    if (intent === "role") {
      const role = String(formData.get("role") ?? "") as (typeof ROLES)[number];
      await api.admin.staff.changeRole({ userId, role });
      return redirect("/staff?done=role", { headers: resHeaders });
    }
    if (intent === "deactivate") {
      await api.admin.staff.deactivate({ userId });
      return redirect("/staff?done=deactivated", { headers: resHeaders });
    }
    if (intent === "invite") {
      const invitation = await api.admin.staff.invite({
        email: String(formData.get("email") ?? ""),
        role: String(formData.get("role") ?? "") as (typeof ROLES)[number],
        locale: String(formData.get("locale") ?? "") as "fr" | "en",
      });
      // Answered here rather than redirected: the message names the address just invited.
      return data(
        { invited: { email: invitation.email, renewed: invitation.renewed } },
        { headers: resHeaders },
      );
    }
    if (intent === "revoke") {
      await api.admin.staff.revokeInvitation({ invitationId: String(formData.get("invitationId") ?? "") });
      return redirect("/staff?done=revoked", { headers: resHeaders });
    }
    return data({ error: "BAD_REQUEST" }, { status: 400, headers: resHeaders });
  } catch (caught) {
    const code = domainCodeOf(caught);
    // A sensitive change: prove who you are, then make it again on this page.
    if (code === "REAUTHENTICATION_REQUIRED") {
      throw redirect(`/reauthenticate?${new URLSearchParams({ redirectTo: "/staff" })}`, {
        headers: resHeaders,
      });
    }
    const emailError = intent === "invite" ? fieldErrorsFromError(caught)?.email?.[0] : undefined;
    if (emailError) {
      const typed = String(formData.get("email") ?? "");
      return data({ emailError, typed }, { status: 400, headers: resHeaders });
    }
    // The invitation was accepted, revoked or expired since the page was shown.
    if (intent === "revoke" && code === "NOT_FOUND") {
      return data({ error: "invitation_not_found" }, { status: 409, headers: resHeaders });
    }
    return data({ error: code ?? "BAD_REQUEST" }, { status: code ? 409 : 400, headers: resHeaders });
  }
}

export default function Staff() {
  const dates = useShopDates();
  const { staff, invitations, me, done, locale } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation("admin");
  const errorText = useAdminErrorText();
  // Only an owner hands out or takes away the owner role (the API enforces the same rule).
  const assignable = ROLES.filter((role) => role !== "OWNER" || me.role === "OWNER");
  return (
    <>
      <div className="page-heading">
        <h1>{t("staff.title")}</h1>
      </div>
      <p className="page-intro">{t("staff.intro")}</p>
      {done === "role" ? <p className="alert alert--info">{t("staff.roleChanged")}</p> : null}
      {done === "deactivated" ? <p className="alert alert--info">{t("staff.deactivatedDone")}</p> : null}
      {done === "revoked" ? <p className="alert alert--info">{t("invitations.revoked")}</p> : null}
      {actionData && "invited" in actionData ? (
        <p className="alert alert--info" role="status">
          {t(actionData.invited.renewed ? "invitations.resent" : "invitations.sent", {
            email: actionData.invited.email,
          })}
        </p>
      ) : null}
      {actionData && "error" in actionData && actionData.error ? (
        <p className="alert alert--error" role="alert">
          {errorText(actionData.error)}
        </p>
      ) : null}
      <table className="table" data-testid="staff-table">
        <thead>
          <tr>
            <th scope="col">{t("staff.columns.name")}</th>
            <th scope="col">{t("staff.columns.email")}</th>
            <th scope="col">{t("staff.columns.twoFactor")}</th>
            <th scope="col">{t("staff.columns.status")}</th>
            <th scope="col">{t("staff.columns.role")}</th>
            <th scope="col">{t("staff.columns.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {staff.map((member) => {
            const editable =
              member.id !== me.id &&
              !member.deactivatedAt &&
              (member.role !== "OWNER" || me.role === "OWNER");
            return (
              <tr key={member.id} data-testid="staff-row">
                <td>
                  {member.name ?? "—"}
                  {member.id === me.id ? (
                    <span className="badge badge--accent staff__you">{t("staff.you")}</span>
                  ) : null}
                </td>
                <td>{member.email}</td>
                <td>
                  <span className={member.twoFactorEnabled ? "badge badge--success" : "badge badge--muted"}>
                    {member.twoFactorEnabled ? t("staff.twoFactorOn") : t("staff.twoFactorOff")}
                  </span>
                </td>
                <td>
                  {member.deactivatedAt
                    ? t("staff.deactivated", { date: dates.date(member.deactivatedAt) })
                    : t("staff.active")}
                </td>
                <td>
                  {editable ? (
                    <Form method="post" className="staff__role-form">
                      <input type="hidden" name="userId" value={member.id} />
                      <select
                        name="role"
                        defaultValue={member.role}
                        aria-label={t("staff.roleFor", { email: member.email })}
                      >
                        {assignable.map((role) => (
                          <option key={role} value={role}>
                            {t(`roles.${role}`)}
                          </option>
                        ))}
                      </select>
                      <button type="submit" name="intent" value="role" className="btn btn--small">
                        {t("staff.changeRole")}
                      </button>
                    </Form>
                  ) : (
                    t(`roles.${member.role as (typeof ROLES)[number]}`)
                  )}
                </td>
                <td>
                  {editable ? (
                    <Form method="post">
                      <input type="hidden" name="userId" value={member.id} />
                      <button
                        type="submit"
                        name="intent"
                        value="deactivate"
                        className="btn btn--ghost btn--small"
                      >
                        {t("staff.deactivate")}
                      </button>
                    </Form>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="field__help staff__roles">{t("staff.roles")}</p>
      <InviteStaffForm
        roles={assignable}
        locale={locale}
        refused={actionData && "emailError" in actionData ? actionData : null}
        busy={navigation.state === "submitting"}
      />
      <PendingInvitations
        invitations={invitations}
        canRevoke={(role) => role !== "OWNER" || me.role === "OWNER"}
      />
    </>
  );
}
