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
 * page's language, loaded before hydrating, as is the page's data (see decodePageData).
 */
export function hydrateApp(resources: I18nResources | ResourcesFor) {
  const lang = document.documentElement.lang;
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  const loading = typeof resources === "function" ? resources(locale) : resources;
  void Promise.all([loading, decodePageData()]).then(([loaded]) => {
    const i18n = hydrate(locale, loaded);
    // Pages change language by loading a document in the other language (language links, and
    // redirectDocument where an action changes it). Should a client-side navigation cross languages
    // anyway, load the new language's page as a document rather than show it without its texts.
    i18n.on("languageChanged", (language) => {
      if (!i18n.hasResourceBundle(language, "errors")) window.location.reload();
    });
  });
}

/**
 * Remix decodes the page's data (the stream single fetch inlines in the page) when <RemixBrowser>
 * first renders, and suspends until it is done. A click or a key press that comes after hydration
 * has begun makes React hydrate synchronously, and a synchronous render that suspends outside any
 * Suspense boundary fails: React throws the server's HTML away, gives up ("Root did not complete",
 * error #345) and the page never goes live. So the decoding starts first, by rendering
 * <RemixBrowser> once outside React (it starts the decoding and throws the promise it waits on),
 * and hydration once the data is there: it never suspends. Events before that find no React root
 * yet, and links and forms work as plain HTML, as they do before any hydration.
 */
async function decodePageData(): Promise<void> {
  // Both apps use single fetch (REMIX_FUTURE): the first render always stops at the decoding.
  try {
    RemixBrowser({});
  } catch (thrown) {
    // A decoding failure is thrown again when React renders <RemixBrowser>, and shown there.
    if (isPromise(thrown)) await thrown.catch(() => undefined);
  }
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as Promise<unknown> | null)?.then === "function";
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
