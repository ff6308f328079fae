// One CSV import: its progress while the background job runs (the page reloads itself, with or
// without JavaScript), then what it created and updated, or every problem by row and column.
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { isNotFoundError } from "@comptoir/api";
import { getFixedT } from "@comptoir/i18n/server";
import { useTranslation } from "@comptoir/i18n/react";
import { useAdminErrorText } from "~/lib/admin-error-text";
import { requireStaff } from "~/lib/api.server";
import { localeDetector } from "~/lib/locale.server";
import { privateNoStore } from "~/lib/no-cache";
import dashboardStylesUrl from "~/styles/dashboard.css?url";
import productEditorStylesUrl from "~/styles/product-editor.css?url";

export const headers = privateNoStore;

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: dashboardStylesUrl },
  { rel: "stylesheet", href: productEditorStylesUrl },
];

const RUNNING = ["QUEUED", "CHECKING", "WRITING", "FAILED"];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api, resHeaders } = await requireStaff(request, { permission: "catalog.read" });
  const imported = await api.admin.products
    .import({ importId: params.importId ?? "" })
    .catch((error: unknown) => {
      if (isNotFoundError(error)) throw new Response(null, { status: 404 });
      throw error;
    });
  const locale = localeDetector.getLocale(request);
  const t = getFixedT(locale, "admin");
  return data(
    {
      imported,
      title: getFixedT(locale, "common")("pageTitle", {
        title: t("productImport.importStatusTitle", { file: imported.fileName }),
      }),
    },
    { headers: resHeaders },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [
  { title: loaderData?.title },
  // While the job runs, the page asks again every two seconds (no script needed).
  ...(loaderData && RUNNING.includes(loaderData.imported.status)
    ? [{ httpEquiv: "refresh", content: "2" }]
    : []),
];

export default function ProductImportStatus() {
  const { imported } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin");
  const errorText = useAdminErrorText();
  const running = RUNNING.includes(imported.status);
  return (
    <>
      <p className="back-link">
        <Link to="/products/import">← {t("productImport.importTitle")}</Link>
      </p>
      <div className="page-heading">
        <h1>{t("productImport.importStatusTitle", { file: imported.fileName })}</h1>
      </div>
      <section className="panel" data-testid="import-status">
        <p className="import-status" role="status">
          <strong>{t(`productImport.importStatus.${imported.status}`)}</strong>
        </p>
        {running ? (
          <>
            <progress
              className="import-progress"
              max={Math.max(1, imported.totalRows)}
              value={imported.doneRows}
              aria-label={t("productImport.importProgress", {
                done: imported.doneRows,
                total: imported.totalRows,
              })}
            />
            <p className="muted">
              {t("productImport.importProgress", { done: imported.doneRows, total: imported.totalRows })} —{" "}
              {t("productImport.importRefresh")}
            </p>
          </>
        ) : null}
        {imported.status === "DONE" ? (
          <p data-testid="import-done">
            {t("productImport.importDone", { created: imported.created, updated: imported.updated })}{" "}
            <Link to="/products">{t("productEditor.back")}</Link>
          </p>
        ) : null}
        {imported.status === "REJECTED" ? (
          <>
            <p className="alert alert--error" role="alert">
              {t("productImport.importRejected", { count: imported.problems.length })}
            </p>
            <table className="table" data-testid="import-problems">
              <thead>
                <tr>
                  <th scope="col" className="numeric">
                    {t("productImport.problemRow")}
                  </th>
                  <th scope="col">{t("productImport.problemColumn")}</th>
                  <th scope="col">{t("productImport.problemReason")}</th>
                </tr>
              </thead>
              <tbody>
                {imported.problems.map((problem, index) => (
                  <tr key={index} data-testid="import-problem">
                    <td className="numeric">{problem.row}</td>
                    <td>
                      <code>{problem.column || "—"}</code>
                    </td>
                    <td>{errorText(problem.message)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>
              <Link to="/products/import">{t("productImport.importAgain")}</Link>
            </p>
          </>
        ) : null}
      </section>
    </>
  );
}
