import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
  useRouteLoaderData,
} from "@remix-run/react";
import type { CategoryTreeNodeDto } from "@comptoir/api";
import { DEFAULT_LOCALE, homePath, type Alternates, type Locale } from "@comptoir/i18n";
import { documentLinks, LanguageLinks, RouteErrorPage } from "@comptoir/ui";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useChangeLanguage } from "remix-i18next/react";
import { SiteFooter } from "./components/site-footer";
import { SiteHeader } from "./components/site-header";
import { localeDetector } from "./lib/locale.server";
import { revalidateOnLocaleChange } from "./lib/revalidate";
import storefrontStylesUrl from "./storefront.css?url";

export const links: LinksFunction = () => documentLinks(storefrontStylesUrl);

export const shouldRevalidate = revalidateOnLocaleChange;

export function loader({ request }: LoaderFunctionArgs) {
  return { locale: localeDetector.getLocale(request) };
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
  const locale = useRouteLoaderData<typeof loader>("root")?.locale ?? DEFAULT_LOCALE;
  // The locale layout (route id "fr" or "en") loads the navigation; error pages outside it have none.
  const navigation =
    (useRouteLoaderData(locale) as { navigation?: CategoryTreeNodeDto[] } | undefined)?.navigation ?? [];
  const { t } = useTranslation();
  const alternates = useAlternates();
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        <SiteHeader
          locale={locale}
          navigation={navigation}
          languageLinks={<LanguageLinks current={locale} alternates={alternates} />}
        />
        <main id="main" className="container site-main">
          {children}
        </main>
        <SiteFooter />
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  const { locale } = useRouteLoaderData<typeof loader>("root") ?? { locale: DEFAULT_LOCALE as Locale };
  useChangeLanguage(locale);
  return <Outlet />;
}

export function ErrorBoundary() {
  const { i18n } = useTranslation();
  return <RouteErrorPage homeHref={homePath(i18n.language as Locale)} />;
}
