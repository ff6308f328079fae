import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { isNotFoundError } from "@comptoir/api";
import { getFixedT } from "@comptoir/i18n/server";
import { useTranslation } from "@comptoir/i18n/react";
import { ProductForm } from "~/components/product-form";
import { ProductImagesPanel } from "~/components/product-images-panel";
import { useAdminErrorText } from "~/lib/admin-error-text";
import { requireStaff } from "~/lib/api.server";
import { localeDetector } from "~/lib/locale.server";
import { privateNoStore } from "~/lib/no-cache";
import {
  loadCategoryChoices,
  saveProductForm,
  storefrontPathsOf,
  updateImages,
  uploadImage,
  UPLOAD_LIMIT_BYTES,
  MAX_IMAGES,
  type ImageRefusal,
} from "~/lib/product-editor.server";
import { valuesFromProduct, type ProductFormValues } from "~/lib/product-form-values";

import dashboardStylesUrl from "~/styles/dashboard.css?url";
import productEditorStylesUrl from "~/styles/product-editor.css?url";

export const headers = privateNoStore;

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: dashboardStylesUrl },
  { rel: "stylesheet", href: productEditorStylesUrl },
];

async function loadProduct(api: Awaited<ReturnType<typeof requireStaff>>["api"], productId: string) {
  try {
    return await api.admin.products.get({ productId });
  } catch (error) {
    if (isNotFoundError(error)) throw new Response(null, { status: 404 });
    throw error;
  }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api, resHeaders, permissions } = await requireStaff(request, { permission: "catalog.read" });
  const locale = localeDetector.getLocale(request);
  const product = await loadProduct(api, params.productId ?? "");
  const t = getFixedT(locale, "admin");
  return data(
    {
      product,
      canEdit: permissions.includes("catalog.write"),
      categories: await loadCategoryChoices(api, locale),
      storefrontPaths: storefrontPathsOf(product),
      upload: { maxImages: MAX_IMAGES, maxMegabytes: UPLOAD_LIMIT_BYTES / 1024 / 1024 },
      title: getFixedT(locale, "common")("pageTitle", {
        title: t("productEditor.editTitle", { name: product.translations[locale].name }),
      }),
    },
    { headers: resHeaders },
  );
}

type ActionResult =
  | { kind: "save"; values: ProductFormValues; errors: Record<string, string> }
  | { kind: "images"; notice: ImageRefusal };

/** What a successful form leads to: the page again (a reload sends nothing twice), saying what was done. */
const DONE = ["created", "saved", "uploaded", "imagesSaved", "imageRemoved"] as const;
type Done = (typeof DONE)[number];

export async function action({ request, params }: ActionFunctionArgs) {
  const { api, resHeaders } = await requireStaff(request, { permission: "catalog.write" });
  const product = await loadProduct(api, params.productId ?? "");
  const done = (what: Done) => redirect(`/products/${product.id}?done=${what}`, { headers: resHeaders });
  if (request.headers.get("content-type")?.startsWith("multipart/form-data")) {
    const notice = await uploadImage(api, request, product.id);
    if (!notice.error) throw done("uploaded");
    return data<ActionResult>({ kind: "images", notice }, { status: 400, headers: resHeaders });
  }
  const form = await request.formData();
  if (form.get("intent") === "images") {
    throw done((await updateImages(api, form, product.id)) === "removed" ? "imageRemoved" : "imagesSaved");
  }
  const outcome = await saveProductForm(api, form, product);
  if (outcome.ok) throw done("saved");
  return data<ActionResult>(
    { kind: "save", values: outcome.values, errors: outcome.errors },
    { status: outcome.conflict ? 409 : 400, headers: resHeaders },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [{ title: loaderData?.title }];

export default function EditProduct() {
  const { product, canEdit, categories, storefrontPaths, upload } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [search] = useSearchParams();
  const { t, i18n } = useTranslation("admin");
  const errorText = useAdminErrorText();
  const busy = useNavigation().state === "submitting";
  const locale = i18n.language === "en" ? "en" : "fr";
  const saveResult = result?.kind === "save" ? result : null;
  const errors = Object.fromEntries(
    Object.entries(saveResult?.errors ?? {}).map(([field, key]) => [field, errorText(key)]),
  );
  const conflict = saveResult?.errors._ === "conflict";
  delete errors._;
  const done = DONE.find((what) => what === search.get("done"));
  const imageError = result?.kind === "images" ? result.notice : null;
  const imageDone = done === "uploaded" || done === "imagesSaved" || done === "imageRemoved" ? done : null;
  const status = done === "created" || done === "saved" ? t(`productEditor.${done}`) : null;
  return (
    <>
      <p className="back-link">
        <Link to="/products">← {t("productEditor.back")}</Link>
      </p>
      <div className="page-heading">
        <h1>{t("productEditor.editTitle", { name: product.translations[locale].name })}</h1>
      </div>
      {status && !saveResult ? (
        <p className="alert alert--info" role="status">
          {status}
        </p>
      ) : null}
      {conflict ? (
        <p className="alert alert--error" role="alert">
          {t("productEditor.conflict")}
        </p>
      ) : null}
      {canEdit ? (
        <>
          <ProductForm
            key={product.version}
            values={saveResult?.values ?? valuesFromProduct(product, locale)}
            categories={categories}
            errors={errors}
            storefrontPaths={storefrontPaths}
            busy={busy}
            submitLabel={t("productEditor.save")}
          />
          <ProductImagesPanel
            images={product.images}
            maxImages={upload.maxImages}
            maxMegabytes={upload.maxMegabytes}
            notice={
              imageError
                ? { text: errorText(imageError.key), error: true }
                : imageDone
                  ? { text: t(`productEditor.${imageDone}`), error: false }
                  : null
            }
            busy={busy}
          />
        </>
      ) : (
        <ProductSummary product={product} />
      )}
    </>
  );
}

/** What roles that cannot edit the catalog see: the product's facts, read-only. */
function ProductSummary({
  product,
}: {
  product: ReturnType<typeof useLoaderData<typeof loader>>["product"];
}) {
  const { t } = useTranslation("admin");
  return (
    <section className="panel" data-testid="product-summary">
      <dl className="facts">
        {(["fr", "en"] as const).map((locale) => (
          <div key={locale}>
            <dt>{t(`productEditor.language.${locale}`)}</dt>
            <dd lang={locale}>
              {product.translations[locale].name} — <code>{product.translations[locale].slug}</code>
            </dd>
          </div>
        ))}
        <div>
          <dt>{t("productEditor.status")}</dt>
          <dd>{t(`products.status.${product.status}`)}</dd>
        </div>
        <div>
          <dt>{t("productEditor.variants")}</dt>
          <dd>{product.variants.map((variant) => `${variant.sku} (${variant.stock})`).join(", ")}</dd>
        </div>
      </dl>
    </section>
  );
}
