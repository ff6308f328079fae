import { RemixBrowser } from "@remix-run/react";
import { createI18n, DEFAULT_LOCALE, isLocale, type I18nResources } from "@comptoir/i18n";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";

/**
 * The body of both apps' entry.client: hydrate in the language the server rendered (<html lang>),
 * with the texts of that app only (@comptoir/i18n/resources/<app>).
 */
export function hydrateApp(resources: I18nResources) {
  const lang = document.documentElement.lang;
  const i18n = createI18n(isLocale(lang) ? lang : DEFAULT_LOCALE, resources);
  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18n}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    );
  });
}
