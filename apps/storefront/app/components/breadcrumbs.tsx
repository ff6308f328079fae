import { Link } from "@remix-run/react";
import { homePath, type Locale } from "@comptoir/i18n";
import { useTranslation } from "@comptoir/i18n/react";

export interface Crumb {
  name: string;
  href: string;
}

/** Home, then the trail; the current page is named but not linked. */
export function Breadcrumbs({ locale, trail, current }: { locale: Locale; trail: Crumb[]; current: string }) {
  const { t } = useTranslation("storefront");
  return (
    <nav className="breadcrumb" aria-label={t("breadcrumb.label")}>
      <ol>
        <li>
          <Link to={homePath(locale)}>{t("breadcrumb.home")}</Link>
        </li>
        {trail.map((crumb) => (
          <li key={crumb.href}>
            <Link to={crumb.href}>{crumb.name}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
