import { Form, NavLink, useLocation } from "@remix-run/react";
import { LOCALES, type Locale } from "@comptoir/i18n";
import { useTranslation } from "@comptoir/i18n/react";

export function AdminHeader({
  email,
  permissions,
  twoFactorEnabled,
}: {
  email: string;
  /** What the role may do: links to pages it cannot use are not shown. */
  permissions: readonly string[];
  twoFactorEnabled: boolean;
}) {
  const { t, i18n } = useTranslation("admin");
  const { t: tCommon } = useTranslation("common");
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  return (
    <header className="admin-header">
      <div className="container admin-header__inner">
        <a href="/" className="admin-header__brand">
          <span className="admin-header__logo" aria-hidden="true">
            C
          </span>
          {tCommon("brand")}
        </a>
        <nav aria-label={tCommon("nav.main")} className="admin-header__nav">
          {permissions.includes("orders.read") ? (
            <>
              <NavLink to="/" end>
                {t("nav.dashboard")}
              </NavLink>
              <NavLink to="/orders">{t("nav.orders")}</NavLink>
            </>
          ) : null}
          <NavLink to="/products">{t("nav.products")}</NavLink>
          <NavLink to="/categories">{t("nav.categories")}</NavLink>
          {permissions.includes("customers.read") ? (
            <NavLink to="/customers">{t("nav.customers")}</NavLink>
          ) : null}
          {permissions.includes("staff.manage") ? <NavLink to="/staff">{t("nav.staff")}</NavLink> : null}
          {permissions.includes("audit.read") ? <NavLink to="/audit">{t("nav.audit")}</NavLink> : null}
          {permissions.includes("settings.manage") ? (
            <NavLink to="/settings">{t("nav.settings")}</NavLink>
          ) : null}
          {/* Two-factor is optional below admin: offered until it is on. */}
          {twoFactorEnabled ? null : <NavLink to="/two-factor/setup">{t("nav.security")}</NavLink>}
        </nav>
        <div className="admin-header__tools">
          <Form method="post" action="/language" className="admin-language">
            <input type="hidden" name="redirectTo" value={here} />
            {LOCALES.map((locale: Locale) => (
              <button
                key={locale}
                type="submit"
                name="lang"
                value={locale}
                lang={locale}
                aria-pressed={i18n.language === locale}
                className="admin-language__button"
              >
                {tCommon(`language.names.${locale}`)}
              </button>
            ))}
          </Form>
          <span className="admin-header__user" title={email}>
            {t("nav.signedInAs", { email })}
          </span>
          <Form method="post" action="/logout">
            <button type="submit" className="btn btn--ghost btn--small">
              {t("nav.logout")}
            </button>
          </Form>
        </div>
      </div>
    </header>
  );
}
