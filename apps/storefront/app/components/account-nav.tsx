import { Form, NavLink, useLocation } from "@remix-run/react";
import { accountPath, type AccountSection, type Locale } from "@comptoir/i18n";
import { useEffect, useRef } from "react";
import { useTranslation } from "@comptoir/i18n/react";
import { logoutPath } from "~/lib/auth-paths";

export const ACCOUNT_SECTIONS = [
  "orders",
  "addresses",
  "profile",
  "password",
  "sessions",
  "privacy",
] as const satisfies readonly AccountSection[];

/** The sections of the account area, the current one marked, and the way out. */
export function AccountNav({ locale }: { locale: Locale }) {
  const { t } = useTranslation("account");
  const { pathname } = useLocation();
  const ref = useRef<HTMLElement>(null);
  // On a phone the sections scroll sideways: bring the current one into view.
  useEffect(() => {
    const nav = ref.current;
    const current = nav?.querySelector<HTMLElement>("[aria-current='page']");
    if (!nav || !current || nav.scrollWidth <= nav.clientWidth) return;
    nav.scrollLeft = current.offsetLeft - (nav.clientWidth - current.offsetWidth) / 2;
  }, [pathname]);
  const className = ({ isActive }: { isActive: boolean }) =>
    `account-nav__link${isActive ? " account-nav__link--active" : ""}`;
  return (
    <nav className="account-nav" aria-label={t("nav.label")} ref={ref}>
      <ul className="account-nav__list">
        <li>
          <NavLink to={accountPath(locale)} end className={className} prefetch="intent">
            {t("nav.overview")}
          </NavLink>
        </li>
        {ACCOUNT_SECTIONS.map((section) => (
          <li key={section}>
            <NavLink to={accountPath(locale, section)} className={className} prefetch="intent">
              {t(`nav.${section}`)}
            </NavLink>
          </li>
        ))}
      </ul>
      {/* A POST: a link (or a prefetch) must never log anyone out. */}
      <Form method="post" action={logoutPath(locale)} className="account-nav__logout">
        <button type="submit" className="btn btn--ghost btn--small" data-testid="account-logout">
          {t("nav.logout")}
        </button>
      </Form>
    </nav>
  );
}
