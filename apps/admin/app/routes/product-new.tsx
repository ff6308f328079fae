import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { getFixedT } from "@comptoir/i18n/server";
import { useTranslation } from "@comptoir/i18n/react";
import { ProductForm } from "~/components/product-form";
import { useAdminErrorText } from "~/lib/admin-error-text";
import { requireStaff } from "~/lib/api.server";
import { localeDetector } from "~/lib/locale.server";
import { privateNoStore } from "~/lib/no-cache";
import { loadCategoryChoices, saveProductForm } from "~/lib/product-editor.server";
import { emptyProductValues } from "~/lib/product-form-values";

import dashboardStylesUrl from "~/styles/dashboard.css?url";
import productEditorStylesUrl from "~/styles/product-editor.css?url";

export const headers = privateNoStore;

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: dashboardStylesUrl },
  { rel: "stylesheet", href: productEditorStylesUrl },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const { api, resHeaders } = await requireStaff(request, { permission: "catalog.write" });
  const locale = localeDetector.getLocale(request);
  const t = getFixedT(locale, "admin");
  return data(
    {
      categories: await loadCategoryChoices(api, locale),
      title: getFixedT(locale, "common")("pageTitle", { title: t("productEditor.newTitle") }),
    },
    { headers: resHeaders },
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const { api, resHeaders } = await requireStaff(request, { permission: "catalog.write" });
  const outcome = await saveProductForm(api, await request.formData(), null);
  if (outcome.ok) throw redirect(`/products/${outcome.product.id}?done=created`, { headers: resHeaders });
  return data(outcome, { status: 400, headers: resHeaders });
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [{ title: loaderData?.title }];

export default function NewProduct() {
  const { categories } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("admin");
  const errorText = useAdminErrorText();
  const busy = useNavigation().state === "submitting";
  const errors = Object.fromEntries(
    Object.entries(result?.errors ?? {}).map(([field, key]) => [field, errorText(key)]),
  );
  delete errors._;
  return (
    <>
      <p className="back-link">
        <Link to="/products">← {t("productEditor.back")}</Link>
      </p>
      <div className="page-heading">
        <h1>{t("productEditor.newTitle")}</h1>
      </div>
      <ProductForm
        values={result?.values ?? emptyProductValues()}
        categories={categories}
        errors={errors}
        storefrontPaths={{}}
        busy={busy}
        submitLabel={t("productEditor.create")}
      />
    </>
  );
}
