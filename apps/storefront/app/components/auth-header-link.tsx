import { useLocation } from "@remix-run/react";
import { accountPath, loginPath, type Locale } from "@comptoir/i18n";
import { useTranslation } from "@comptoir/i18n/react";
import { SiteLink } from "./site-link";

/**
 * The header's way to the account: "Log in" for visitors, "My account" for customers. Which one is
 * decided from the presence of the session cookie (no database read), so catalog pages stay
 * cacheable for anonymous visitors: a request with the cookie is never served from a shared cache.
 */
export function AuthHeaderLink({ locale, signedIn }: { locale: Locale; signedIn: boolean }) {
  const { t } = useTranslation("storefront");
  const { pathname } = useLocation();
  const href = signedIn ? accountPath(locale) : loginPath(locale);
  const current = signedIn ? pathname.startsWith(href) : pathname === href;
  return (
    <SiteLink
      to={href}
      className={`site-header__account${signedIn ? " site-header__account--customer" : ""}`}
      aria-current={current ? "page" : undefined}
      data-testid="account-link"
    >
      <svg
        className="site-header__account-icon"
        viewBox="0 0 24 24"
        width="22"
        height="22"
        aria-hidden="true"
      >
        <path
          d="M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8ZM4.5 20a7.5 7.5 0 0 1 15 0"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span className="site-header__account-label">{signedIn ? t("nav.account") : t("nav.login")}</span>
    </SiteLink>
  );
}
