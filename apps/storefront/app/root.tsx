import type { LinksFunction } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  PrefetchPageLinks,
  useLocation,
  useMatches,
  useRouteLoaderData,
} from "@remix-run/react";
import { homePath, isLocale, type Alternates, type Locale } from "@comptoir/i18n";
import { DocumentMeta, DocumentScripts, documentLinks, LanguageLinks, RouteErrorPage } from "@comptoir/ui";
import type { ReactNode } from "react";
import { useTranslation } from "@comptoir/i18n/react";
import { useChangeLanguage } from "remix-i18next/react";
import { SiteFooter } from "./components/site-footer";
import { SiteHeader, type NavigationItem } from "./components/site-header";
import { useDelegatedLinks } from "./lib/delegated-links";
import storefrontStylesUrl from "./storefront.css?url";

export const links: LinksFunction = () => documentLinks(storefrontStylesUrl);

/**
 * The page's locale: its URL's (/fr/..., /en/...); elsewhere (a 404 at /de) the language the
 * server detected, which is the i18next instance's.
 */
function useLocale(): Locale {
  const first = useLocation().pathname.split("/")[1];
  const { i18n } = useTranslation();
  return isLocale(first) ? first : (i18n.language as Locale);
}

/** The deepest route's `alternates`: the same page in each language. */
function useAlternates(): Alternates {
  const matches = useMatches();
  for (const match of [...matches].reverse()) {
    const data = match.data as { alternates?: Alternates } | undefined;
    if (data?.alternates) return data.alternates;
  }
  return {};
}

export function Layout({ children }: { children: ReactNode }) {
  const locale = useLocale();
  // The locale layout (route id "fr" or "en") loads the navigation; error pages outside it have none.
  const layoutData = useRouteLoaderData(locale) as
    { navigation?: NavigationItem[]; signedIn?: boolean } | undefined;
  const navigation = layoutData?.navigation ?? [];
  const { t } = useTranslation();
  const alternates = useAlternates();
  // Every SiteLink of the page is routed from here (components/site-link.tsx).
  const { handlers, prefetchPath } = useDelegatedLinks();
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        <DocumentMeta />
      </head>
      <body {...handlers}>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        <SiteHeader
          locale={locale}
          navigation={navigation}
          languageLinks={<LanguageLinks current={locale} alternates={alternates} />}
          signedIn={layoutData?.signedIn ?? false}
        />
        <main id="main" className="container site-main">
          {children}
        </main>
        <SiteFooter />
        {prefetchPath ? <PrefetchPageLinks page={prefetchPath} /> : null}
        <DocumentScripts />
      </body>
    </html>
  );
}

export default function App() {
  useChangeLanguage(useLocale());
  return <Outlet />;
}

export function ErrorBoundary() {
  const { i18n } = useTranslation();
  return <RouteErrorPage homeHref={homePath(i18n.language as Locale)} />;
}
