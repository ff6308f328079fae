import { Link } from "@remix-run/react";
import { homePath, type Locale } from "@comptoir/i18n";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export function SiteHeader({ locale, languageLinks }: { locale: Locale; languageLinks: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to={homePath(locale)} className="site-header__brand" aria-label={t("nav.home")}>
          <span className="site-header__logo" aria-hidden="true">
            C
          </span>
          <span>
            <span className="site-header__name">{t("brand")}</span>
            <span className="site-header__tagline">{t("tagline")}</span>
          </span>
        </Link>
        {languageLinks}
      </div>
    </header>
  );
}
