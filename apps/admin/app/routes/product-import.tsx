// Importing products from a CSV file: the upload form and the latest imports. The file is checked
// and written by a background job; its page shows the progress and the report.
import {
  data,
  MaxPartSizeExceededError,
  redirect,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { fieldErrorsFromError } from "@comptoir/api";
import { getFixedT } from "@comptoir/i18n/server";
import { useTranslation } from "@comptoir/i18n/react";
import { useAdminErrorText } from "~/lib/admin-error-text";
import { requireStaff } from "~/lib/api.server";
import { localeDetector } from "~/lib/locale.server";
import { privateNoStore } from "~/lib/no-cache";
import { useShopDates } from "~/lib/shop-dates";
import dashboardStylesUrl from "~/styles/dashboard.css?url";
import productEditorStylesUrl from "~/styles/product-editor.css?url";

export const headers = privateNoStore;

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: dashboardStylesUrl },
  { rel: "stylesheet", href: productEditorStylesUrl },
];

const MAX_BYTES = 20 * 1024 * 1024;

export async function loader({ request }: LoaderFunctionArgs) {
  const { api, resHeaders } = await requireStaff(request, { permission: "catalog.write" });
  const locale = localeDetector.getLocale(request);
  const t = getFixedT(locale, "admin");
  return data(
    {
      imports: await api.admin.products.imports(),
      title: getFixedT(locale, "common")("pageTitle", { title: t("productImport.importTitle") }),
    },
    { headers: resHeaders },
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const { api, resHeaders } = await requireStaff(request, { permission: "catalog.write" });
  const refuse = (error: string) => data({ error }, { status: 400, headers: resHeaders });
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({ maxPartSize: MAX_BYTES }),
    );
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return refuse("validation.csv_file");
    throw error;
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return refuse("validation.csv_file");
  try {
    const { importId } = await api.admin.products.startImport({
      fileName: file.name,
      content: await file.text(),
    });
    throw redirect(`/products/import/${importId}`, { headers: resHeaders });
  } catch (error) {
    const fields = fieldErrorsFromError(error);
    if (!fields) throw error;
    return refuse(Object.values(fields)[0]?.[0] ?? "validation.csv_file");
  }
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [{ title: loaderData?.title }];

export default function ProductImport() {
  const { imports } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("admin");
  const errorText = useAdminErrorText();
  const dates = useShopDates();
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <p className="back-link">
        <Link to="/products">← {t("productEditor.back")}</Link>
      </p>
      <div className="page-heading">
        <h1>{t("productImport.importTitle")}</h1>
        <a href="/products/export.csv" className="btn btn--ghost btn--small page-heading__action" download>
          {t("productImport.export")}
        </a>
      </div>
      <section className="panel">
        <p>{t("productImport.importIntro")}</p>
        {result?.error ? (
          <p className="alert alert--error" role="alert">
            {errorText(result.error)}
          </p>
        ) : null}
        <Form method="post" encType="multipart/form-data" data-testid="import-form">
          <div className="field">
            <label htmlFor="import-file">{t("productImport.importFile")}</label>
            <input id="import-file" name="file" type="file" accept=".csv,text/csv" required />
          </div>
          <button type="submit" className="btn" disabled={busy}>
            {t("productImport.importSubmit")}
          </button>
        </Form>
      </section>
      <section className="panel" aria-labelledby="recent-imports">
        <h2 id="recent-imports">{t("productImport.recentImports")}</h2>
        {imports.length === 0 ? (
          <p className="muted">{t("productImport.noImports")}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("productImport.importColumns.file")}</th>
                <th scope="col">{t("productImport.importColumns.status")}</th>
                <th scope="col" className="numeric">
                  {t("productImport.importColumns.rows")}
                </th>
                <th scope="col">{t("productImport.importColumns.date")}</th>
              </tr>
            </thead>
            <tbody>
              {imports.map((item) => (
                <tr key={item.id}>
                  <td>
                    <Link to={`/products/import/${item.id}`}>{item.fileName}</Link>
                  </td>
                  <td>{t(`productImport.importStatus.${item.status}`)}</td>
                  <td className="numeric">{item.totalRows}</td>
                  <td>{dates.dateTime(item.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
