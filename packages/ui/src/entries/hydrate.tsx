import { RemixBrowser } from "@remix-run/react";
import { createI18n, DEFAULT_LOCALE, isLocale, type I18nResources, type Locale } from "@comptoir/i18n";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { DocumentSettingsProvider, readDocumentSettings } from "../document-settings";

type ResourcesFor = (locale: Locale) => Promise<I18nResources>;

/**
 * The body of both apps' entry.client: hydrate in the language the server rendered (<html lang>),
 * with the texts of that app only (@comptoir/i18n/resources/<app>): all of them, or those of the
 * page's language, loaded before hydrating.
 */
export function hydrateApp(resources: I18nResources | ResourcesFor) {
  const lang = document.documentElement.lang;
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  if (typeof resources !== "function") {
    hydrate(locale, resources);
    return;
  }
  void resources(locale).then((loaded) => {
    const i18n = hydrate(locale, loaded);
    // Pages change language by loading a document in the other language (language links, and
    // redirectDocument where an action changes it). Should a client-side navigation cross languages
    // anyway, load the new language's page as a document rather than show it without its texts.
    i18n.on("languageChanged", (language) => {
      if (!i18n.hasResourceBundle(language, "errors")) window.location.reload();
    });
  });
}

function hydrate(locale: Locale, resources: I18nResources) {
  const i18n = createI18n(locale, resources);
  // The tree must render what the server rendered, the monitoring <meta> included.
  const settings = readDocumentSettings(document);
  startTransition(() => {
    hydrateRoot(
      document,
      <DocumentSettingsProvider value={settings}>
        <I18nextProvider i18n={i18n}>
          <StrictMode>
            <RemixBrowser />
          </StrictMode>
        </I18nextProvider>
      </DocumentSettingsProvider>,
    );
  });
  return i18n;
}
