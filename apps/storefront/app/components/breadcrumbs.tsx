import { homePath, type Locale } from "@comptoir/i18n";
import { useTranslation } from "@comptoir/i18n/react";
import { SiteLink } from "./site-link";

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
          <SiteLink to={homePath(locale)}>{t("breadcrumb.home")}</SiteLink>
        </li>
        {trail.map((crumb) => (
          <li key={crumb.href}>
            <SiteLink to={crumb.href}>{crumb.name}</SiteLink>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
