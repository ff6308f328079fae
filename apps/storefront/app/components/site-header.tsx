import { Form, useLocation } from "@remix-run/react";
import { categoryPath, homePath, searchPath, type Locale } from "@comptoir/i18n";
import type { ReactNode } from "react";
import { useTranslation } from "@comptoir/i18n/react";
import { AuthHeaderLink } from "./auth-header-link";
import { CartLink } from "./cart-link";
import { SiteLink } from "./site-link";

export interface NavigationItem {
  id: string;
  name: string;
  slug: string;
}

export function SiteHeader({
  locale,
  navigation,
  languageLinks,
  signedIn,
}: {
  locale: Locale;
  navigation: NavigationItem[];
  languageLinks: ReactNode;
  /** Whether the request carried a session cookie (see AuthHeaderLink). */
  signedIn: boolean;
}) {
  const { t } = useTranslation();
  const { t: ts } = useTranslation("storefront");
  const { pathname } = useLocation();
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        {/* Named by its visible text ("Comptoir …"), which voice users can say to follow it. */}
        <SiteLink to={homePath(locale)} className="site-header__brand">
          <span className="site-header__logo" aria-hidden="true">
            C
          </span>
          <span>
            <span className="site-header__name">{t("brand")}</span>
            <span className="site-header__tagline">{t("tagline")}</span>
          </span>
        </SiteLink>
        <Form method="get" action={searchPath(locale)} className="site-search" role="search">
          <label htmlFor="site-search" className="visually-hidden">
            {ts("search.label")}
          </label>
          <input
            id="site-search"
            type="search"
            name="q"
            placeholder={ts("search.placeholder")}
            className="input"
            required
            maxLength={100}
          />
          <button type="submit" className="btn btn--small">
            {ts("search.submit")}
          </button>
        </Form>
        <div className="site-header__actions">
          {languageLinks}
          <AuthHeaderLink locale={locale} signedIn={signedIn} />
          <CartLink locale={locale} />
        </div>
      </div>
      {navigation.length > 0 ? (
        <nav className="site-nav" aria-label={ts("nav.categories")}>
          <ul className="container site-nav__list">
            {navigation.map((category) => {
              const href = categoryPath(locale, category.slug);
              return (
                <li key={category.id}>
                  <SiteLink to={href} prefetch="intent" aria-current={pathname === href ? "page" : undefined}>
                    {category.name}
                  </SiteLink>
                </li>
              );
            })}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
