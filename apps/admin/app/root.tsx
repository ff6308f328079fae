import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Links, Meta, Outlet, useRouteLoaderData } from "@remix-run/react";
import { DEFAULT_LOCALE } from "@comptoir/i18n";
import { DocumentMeta, DocumentScripts, documentLinks, RouteErrorPage } from "@comptoir/ui";
import type { ReactNode } from "react";
import { useChangeLanguage } from "remix-i18next/react";
import adminStylesUrl from "./admin.css?url";
import { shopSettings } from "@comptoir/api";
import { localeDetector } from "./lib/locale.server";
import { privateNoStore } from "./lib/no-cache";

export const links: LinksFunction = () => documentLinks(adminStylesUrl);

export const headers = privateNoStore;

export function loader({ request }: LoaderFunctionArgs) {
  // Every time staff read is the shop's (SHOP_TIME_ZONE), wherever the server or the browser is.
  return { locale: localeDetector.getLocale(request), timeZone: shopSettings().timeZone };
}

export function Layout({ children }: { children: ReactNode }) {
  const locale = useRouteLoaderData<typeof loader>("root")?.locale ?? DEFAULT_LOCALE;
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* Staff pages are never indexed. */}
        <meta name="robots" content="noindex, nofollow" />
        <Meta />
        <Links />
        <DocumentMeta />
      </head>
      <body className="admin">
        {children}
        <DocumentScripts />
      </body>
    </html>
  );
}

export default function App() {
  const locale = useRouteLoaderData<typeof loader>("root")?.locale ?? DEFAULT_LOCALE;
  useChangeLanguage(locale);
  return <Outlet />;
}

export function ErrorBoundary() {
  return (
    <main className="container">
      <RouteErrorPage homeHref="/" />
    </main>
  );
}
