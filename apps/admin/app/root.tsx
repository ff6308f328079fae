import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { DEFAULT_LOCALE } from "@comptoir/i18n";
import { ErrorPage } from "@comptoir/ui";
import stylesUrl from "@comptoir/ui/styles.css?url";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useChangeLanguage } from "remix-i18next/react";
import adminStylesUrl from "./admin.css?url";
import { localeDetector } from "./lib/locale.server";
import { privateNoStore } from "./lib/no-cache";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesUrl },
  { rel: "stylesheet", href: adminStylesUrl },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const headers = privateNoStore;

export async function loader({ request }: LoaderFunctionArgs) {
  return { locale: await localeDetector.getLocale(request) };
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
      </head>
      <body className="admin">
        {children}
        <ScrollRestoration />
        <Scripts />
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
  const error = useRouteError();
  const { t } = useTranslation("errors");
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const kind = status === 404 ? "notFound" : "server";
  return (
    <main className="container">
      <title>{t(`${kind}.title`)}</title>
      <ErrorPage
        status={status}
        statusLabel={t("status", { status })}
        title={t(`${kind}.title`)}
        message={t(`${kind}.message`)}
        action={
          <a className="btn" href="/">
            {t(`${kind}.action`)}
          </a>
        }
      />
    </main>
  );
}
