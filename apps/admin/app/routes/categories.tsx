// The category tree: every staff member reads it; managers and above create categories, edit their
// texts in both languages, move them under another parent, reorder siblings and delete empty ones.
// Each change is a plain form post that comes back here (?done=...), so the page works without
// JavaScript; ?edit=<id> opens a category's texts and its move.
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import type { Locale } from "@comptoir/i18n";
import { getFixedT } from "@comptoir/i18n/server";
import { useTranslation } from "@comptoir/i18n/react";
import { CategoryMoveForm, CategoryTextsForm, useCategoryErrorText } from "~/components/category-forms";
import { CategoryTree, categoryName } from "~/components/category-tree";
import { requireStaff } from "~/lib/api.server";
import { localeDetector } from "~/lib/locale.server";
import { privateNoStore } from "~/lib/no-cache";
import categoriesStylesUrl from "~/styles/categories.css?url";
import dashboardStylesUrl from "~/styles/dashboard.css?url";
import { CATEGORY_DONE, runCategoryIntent, type CategoryFormResult } from "./categories.server";

export const headers = privateNoStore;
export const links: LinksFunction = () => [
  { rel: "stylesheet", href: dashboardStylesUrl },
  { rel: "stylesheet", href: categoriesStylesUrl },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const { api, resHeaders, permissions } = await requireStaff(request, { permission: "catalog.read" });
  const locale = localeDetector.getLocale(request);
  const url = new URL(request.url);
  const categories = await api.admin.categories.list();
  const canWrite = permissions.includes("catalog.write");
  const editId = canWrite ? url.searchParams.get("edit") : null;
  const done = CATEGORY_DONE.find((candidate) => candidate === url.searchParams.get("done")) ?? null;
  const t = getFixedT(locale, "admin");
  return data(
    {
      categories,
      canWrite,
      // An unknown id (deleted meanwhile) simply opens nothing.
      editId: categories.some((row) => row.id === editId) ? editId : null,
      done,
      locale,
      title: getFixedT(locale, "common")("pageTitle", { title: t("categories.title") }),
    },
    { headers: resHeaders },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [{ title: loaderData?.title }];

export async function action({ request }: ActionFunctionArgs) {
  const { api, resHeaders } = await requireStaff(request, { permission: "catalog.write" });
  const outcome = await runCategoryIntent(api, await request.formData());
  if (!outcome) return data<CategoryFormResult | null>(null, { status: 400, headers: resHeaders });
  if ("done" in outcome) return redirect(`/categories?done=${outcome.done}`, { headers: resHeaders });
  return data<CategoryFormResult | null>(outcome.failed, { status: 400, headers: resHeaders });
}

export default function Categories() {
  const { categories, canWrite, editId, done, locale } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const { t } = useTranslation("admin");
  const errorText = useCategoryErrorText();
  const lang = locale as Locale;
  const editing = categories.find((row) => row.id === editId) ?? null;
  const rowError = failed && "error" in failed && failed.intent !== "move" ? failed.error : null;
  const moveError = failed && "error" in failed && failed.intent === "move" ? failed.error : null;
  const textsResult = (intent: "create" | "update") =>
    failed && "reply" in failed && failed.intent === intent ? failed.reply : undefined;
  return (
    <>
      <div className="page-heading">
        <h1>{t("categories.title")}</h1>
        <p className="page-heading__count" data-testid="category-count">
          {t("categories.count", { count: categories.length })}
        </p>
      </div>
      <p className="page-intro">{t("categories.intro")}</p>
      {canWrite ? null : <p className="alert alert--info">{t("categories.readOnly")}</p>}
      {done ? (
        <p className="alert alert--info" role="status">
          {t(`categories.done.${done}`)}
        </p>
      ) : null}
      {rowError ? (
        <p className="alert alert--error" role="alert">
          {errorText(rowError)}
        </p>
      ) : null}
      {editing ? (
        <section className="panel category-panel" aria-labelledby="category-edit-title">
          <div className="category-panel__heading">
            <h2 id="category-edit-title">
              {t("categories.form.editTitle", { name: categoryName(editing, lang) })}
            </h2>
            <Link to="/categories" className="btn btn--ghost btn--small">
              {t("categories.form.close")}
            </Link>
          </div>
          <CategoryTextsForm
            key={editing.id}
            editing={editing}
            rows={categories}
            locale={lang}
            lastResult={textsResult("update")}
          />
          <h3>{t("categories.form.moveTitle")}</h3>
          <CategoryMoveForm editing={editing} rows={categories} locale={lang} error={moveError} />
        </section>
      ) : null}
      <section className="panel category-panel">
        {categories.length === 0 ? (
          <p className="empty">{t("categories.empty")}</p>
        ) : (
          <CategoryTree rows={categories} locale={lang} canWrite={canWrite} />
        )}
      </section>
      {canWrite ? (
        <section className="panel category-panel" aria-labelledby="category-create-title">
          <h2 id="category-create-title">{t("categories.form.createTitle")}</h2>
          <CategoryTextsForm
            editing={null}
            rows={categories}
            locale={lang}
            lastResult={textsResult("create")}
          />
        </section>
      ) : null}
    </>
  );
}
