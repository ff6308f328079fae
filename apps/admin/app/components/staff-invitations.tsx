// The staff page's invitations: the form that invites someone by email, and the pending invitations
// with their "revoke" button. Plain forms posted to the staff page's action (no JavaScript needed).
import { Form } from "@remix-run/react";
import { LOCALES, type Locale } from "@comptoir/i18n";
import { useTranslation } from "@comptoir/i18n/react";
import { useAdminErrorText } from "~/lib/admin-error-text";
import { useShopDates } from "~/lib/shop-dates";

type Role = "SUPPORT" | "MANAGER" | "ADMIN" | "OWNER";

export interface PendingInvitationRow {
  id: string;
  email: string;
  role: Role;
  invitedBy: { email: string; name: string | null } | null;
  expiresAt: string | Date;
}

export function InviteStaffForm({
  roles,
  locale,
  refused,
  busy,
}: {
  /** The roles this staff member may hand out. */
  roles: readonly Role[];
  /** The admin's language: the email's by default. */
  locale: Locale;
  /** The address just refused and the translation key of why, if any. */
  refused: { typed: string; emailError: string } | null;
  busy: boolean;
}) {
  const emailError = refused?.emailError ?? null;
  const { t } = useTranslation("admin");
  const { t: tCommon } = useTranslation("common");
  const errorText = useAdminErrorText();
  return (
    <section className="panel staff__invite" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t("invitations.inviteTitle")}</h2>
      <p className="field__help">{t("invitations.inviteIntro")}</p>
      <Form method="post" className="filters" data-testid="invite-form">
        <div className="field">
          <label htmlFor="invite-email">{t("invitations.email")}</label>
          <input
            id="invite-email"
            name="email"
            type="email"
            required
            maxLength={254}
            autoComplete="off"
            className="input"
            defaultValue={refused?.typed ?? ""}
            aria-invalid={emailError ? true : undefined}
            aria-describedby={emailError ? "invite-email-error" : undefined}
          />
          {emailError ? (
            <p className="field__error" id="invite-email-error">
              {errorText(emailError)}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="invite-role">{t("invitations.role")}</label>
          <select id="invite-role" name="role" defaultValue="SUPPORT" className="input">
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="invite-locale">{t("invitations.language")}</label>
          <select id="invite-locale" name="locale" defaultValue={locale} className="input">
            {LOCALES.map((option: Locale) => (
              <option key={option} value={option} lang={option}>
                {tCommon(`language.names.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" name="intent" value="invite" className="btn" disabled={busy}>
          {t("invitations.submit")}
        </button>
      </Form>
    </section>
  );
}

export function PendingInvitations({
  invitations,
  canRevoke,
}: {
  invitations: PendingInvitationRow[];
  /** Whether this staff member may withdraw an invitation of `role` (only owners touch owners). */
  canRevoke: (role: Role) => boolean;
}) {
  const { t } = useTranslation("admin");
  const dates = useShopDates();
  return (
    <section className="panel staff__pending" aria-labelledby="pending-heading">
      <h2 id="pending-heading">{t("invitations.pendingTitle")}</h2>
      {invitations.length === 0 ? (
        <p className="field__help">{t("invitations.none")}</p>
      ) : (
        <table className="table" data-testid="invitations-table">
          <thead>
            <tr>
              <th scope="col">{t("invitations.columns.email")}</th>
              <th scope="col">{t("invitations.columns.role")}</th>
              <th scope="col">{t("invitations.columns.invitedBy")}</th>
              <th scope="col">{t("invitations.columns.expires")}</th>
              <th scope="col">{t("invitations.columns.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => (
              <tr key={invitation.id} data-testid="invitation-row">
                <td>{invitation.email}</td>
                <td>{t(`roles.${invitation.role}`)}</td>
                <td>
                  {invitation.invitedBy ? (invitation.invitedBy.name ?? invitation.invitedBy.email) : "—"}
                </td>
                <td>{dates.date(invitation.expiresAt)}</td>
                <td>
                  {canRevoke(invitation.role) ? (
                    <Form method="post">
                      <input type="hidden" name="invitationId" value={invitation.id} />
                      <button
                        type="submit"
                        name="intent"
                        value="revoke"
                        className="btn btn--ghost btn--small"
                        aria-label={t("invitations.revokeFor", { email: invitation.email })}
                      >
                        {t("invitations.revoke")}
                      </button>
                    </Form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
