import {
  LOCALES,
  STOREFRONT_LOCALE_COOKIE,
  homePath,
  localeCookieValue,
  type Alternates,
  type Locale,
} from "@comptoir/i18n";
import { useTranslation } from "@comptoir/i18n/react";

/**
 * Links to the same page in each language (plain links: a language change reloads the page in the
 * other language). A locale without an equivalent page falls back to its home page.
 */
export function LanguageLinks({ current, alternates }: { current: Locale; alternates: Alternates }) {
  const { t } = useTranslation();
  return (
    <nav className="language-links" aria-label={t("language.label")}>
      <ul>
        {LOCALES.map((locale) => {
          const name = t(`language.names.${locale}`);
          return (
            <li key={locale}>
              {locale === current ? (
                <span aria-current="true" lang={locale} className="language-links__current">
                  {name}
                </span>
              ) : (
                <a
                  href={alternates[locale] ?? homePath(locale)}
                  hrefLang={locale}
                  lang={locale}
                  // Said in the target language: that is the language its reader understands.
                  title={t("language.switchTo", { lng: locale })}
                  data-testid={`switch-to-${locale}`}
                  // Remember the choice for the next visit to "/" (set here, not by the server, so
                  // that page responses carry no cookie and stay cacheable).
                  onClick={() => {
                    document.cookie = localeCookieValue(STOREFRONT_LOCALE_COOKIE, locale, {
                      secure: location.protocol === "https:",
                    });
                  }}
                >
                  {name}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
