// The category page's forms: the texts of both languages side by side (to create a category or
// edit one) and the move under another parent. The texts form is checked in the browser with the
// procedure's own schema and again on the server; without JavaScript it posts as it is.
import {
  getFormProps,
  getInputProps,
  getTextareaProps,
  useForm,
  type SubmissionResult,
} from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { AdminCategoryRowDto } from "@comptoir/api";
import { LOCALES, type Locale } from "@comptoir/i18n";
import { useErrorText } from "@comptoir/ui";
import { adminCategoryCreateInput, adminCategoryUpdateInput } from "@comptoir/validators";
import { Form } from "@remix-run/react";
import { useTranslation } from "@comptoir/i18n/react";
import { categoryName } from "./category-tree";

/** Error text: the category page's own refusals, else the texts shared by every form. */
export function useCategoryErrorText(): (key: string) => string {
  const { t } = useTranslation("admin");
  const shared = useErrorText();
  return (key) =>
    key.startsWith("categories.errors.") ? t(key as "categories.errors.not_found") : shared(key);
}

/** Every category but `exclude` and what is below it (a category cannot go under those), indented. */
function parentOptions(rows: AdminCategoryRowDto[], locale: Locale, exclude?: string) {
  const options = [];
  let excludedDepth: number | null = null;
  for (const row of rows) {
    // Rows come in tree order: the excluded category's subtree is the rows deeper than it after it.
    if (excludedDepth !== null && row.depth > excludedDepth) continue;
    excludedDepth = row.id === exclude ? row.depth : null;
    if (excludedDepth !== null) continue;
    options.push(
      <option key={row.id} value={row.id}>
        {`${"\u2003".repeat(row.depth)}${categoryName(row, locale)}`}
      </option>,
    );
  }
  return options;
}

export function CategoryTextsForm({
  editing,
  rows,
  locale,
  lastResult,
}: {
  /** The category being edited; none to create one. */
  editing: AdminCategoryRowDto | null;
  rows: AdminCategoryRowDto[];
  locale: Locale;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation("admin");
  const errorText = useCategoryErrorText();
  const schema = editing ? adminCategoryUpdateInput : adminCategoryCreateInput;
  const [form, fields] = useForm({
    id: editing ? `category-update-${editing.id}` : "category-create",
    lastResult,
    defaultValue: editing
      ? { categoryId: editing.id, fr: editing.texts.fr, en: editing.texts.en }
      : undefined,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const fieldError = (field: { errors?: string[]; errorId: string }) =>
    field.errors ? (
      <p className="field__error" id={field.errorId}>
        {errorText(field.errors[0] ?? "")}
      </p>
    ) : null;
  const action = editing ? `/categories?${new URLSearchParams({ edit: editing.id })}` : "/categories";
  return (
    <Form method="post" action={action} {...getFormProps(form)}>
      <input type="hidden" name="intent" value={editing ? "update" : "create"} />
      {editing ? <input type="hidden" name="categoryId" value={editing.id} /> : null}
      {form.errors ? (
        <p className="alert alert--error" role="alert" id={form.errorId}>
          {errorText(form.errors[0] ?? "INTERNAL_SERVER_ERROR")}
        </p>
      ) : null}
      {editing ? null : (
        <div className="field">
          <label htmlFor="category-create-parent">{t("categories.form.parent")}</label>
          <select
            id="category-create-parent"
            name="parentId"
            className="input"
            // Sent back after a refusal, so that nothing typed or chosen is lost.
            defaultValue={String(lastResult?.initialValue?.parentId ?? "")}
          >
            <option value="">{t("categories.form.topLevel")}</option>
            {parentOptions(rows, locale)}
          </select>
        </div>
      )}
      <div className="dashboard-grid">
        {LOCALES.map((language) => {
          const texts = fields[language].getFieldset();
          return (
            <fieldset key={language} className="category-texts">
              <legend>{t(`categories.form.languages.${language}`)}</legend>
              <div className="field">
                <label htmlFor={texts.name.id}>{t("categories.form.name")}</label>
                <input {...getInputProps(texts.name, { type: "text" })} lang={language} maxLength={120} />
                {fieldError(texts.name)}
              </div>
              <div className="field">
                <label htmlFor={texts.slug.id}>{t("categories.form.slug")}</label>
                <input {...getInputProps(texts.slug, { type: "text" })} maxLength={200} spellCheck={false} />
                {fieldError(texts.slug)}
              </div>
              <div className="field">
                <label htmlFor={texts.description.id}>{t("categories.form.description")}</label>
                <textarea
                  {...getTextareaProps(texts.description)}
                  lang={language}
                  rows={3}
                  className="input"
                />
                {fieldError(texts.description)}
              </div>
            </fieldset>
          );
        })}
      </div>
      <p className="field__help">{t("categories.form.slugHelp")}</p>
      <button type="submit" className="btn">
        {editing ? t("categories.form.save") : t("categories.form.create")}
      </button>
    </Form>
  );
}

export function CategoryMoveForm({
  editing,
  rows,
  locale,
  error,
}: {
  editing: AdminCategoryRowDto;
  rows: AdminCategoryRowDto[];
  locale: Locale;
  error: string | null;
}) {
  const { t } = useTranslation("admin");
  const errorText = useCategoryErrorText();
  return (
    <Form method="post" action={`/categories?${new URLSearchParams({ edit: editing.id })}`}>
      <input type="hidden" name="categoryId" value={editing.id} />
      <div className="field">
        <label htmlFor="category-move-parent">{t("categories.form.parent")}</label>
        <select
          id="category-move-parent"
          name="parentId"
          className="input"
          defaultValue={editing.parentId ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "category-move-error" : "category-move-help"}
        >
          <option value="">{t("categories.form.topLevel")}</option>
          {parentOptions(rows, locale, editing.id)}
        </select>
        {error ? (
          <p className="field__error" id="category-move-error" role="alert">
            {errorText(error)}
          </p>
        ) : null}
        <p className="field__help" id="category-move-help">
          {t("categories.form.moveHelp")}
        </p>
      </div>
      <button type="submit" name="intent" value="move" className="btn btn--small">
        {t("categories.form.move")}
      </button>
    </Form>
  );
}
