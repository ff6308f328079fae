import { isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { useEffect } from "react";
import { useTranslation } from "@comptoir/i18n/react";
import { reportBoundaryError } from "../entries/browser-monitoring";
import { ErrorPage } from "./error-page";

/**
 * Both apps' root error boundary: a localized 404 or 500 page, never the error's details (the
 * server logs them; an error of the browser's own render is reported to error monitoring when it
 * is on). Search engines are told not to index it.
 */
export function RouteErrorPage({ homeHref }: { homeHref: string }) {
  const error = useRouteError();
  const { t } = useTranslation("errors");
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // Effects run in the browser only: a page that broke while rendering there is reported.
  useEffect(() => reportBoundaryError(error, isRouteErrorResponse(error)), [error]);
  const kind = status === 404 ? "notFound" : "server";
  return (
    <>
      <title>{t(`${kind}.title`)}</title>
      <meta name="robots" content="noindex" />
      <ErrorPage
        status={status}
        statusLabel={t("status", { status })}
        title={t(`${kind}.title`)}
        message={t(`${kind}.message`)}
        action={
          <a className="btn" href={homeHref}>
            {t(`${kind}.action`)}
          </a>
        }
      />
    </>
  );
}
