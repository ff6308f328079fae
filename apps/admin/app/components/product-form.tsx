// The product editor: both languages side by side, publication and categories, options and
// variants. A plain form that works without JavaScript; errors come back next to their fields.
import { Form } from "@remix-run/react";
import { Fragment, type ReactNode } from "react";
import { useTranslation } from "@comptoir/i18n/react";
import {
  EDITOR_LOCALES,
  MAX_OPTIONS,
  type ProductFormValues,
  type VariantRow,
} from "~/lib/product-form-values";

export interface CategoryChoice {
  id: string;
  name: string;
  depth: number;
}

interface Props {
  values: ProductFormValues;
  categories: CategoryChoice[];
  /** Form field -> translated message. */
  errors: Record<string, string>;
  /** The product's address on the storefront in each language, once it has one. */
  storefrontPaths: Partial<Record<"fr" | "en", string>>;
  busy: boolean;
  submitLabel: string;
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p className="field__error" id={id}>
      {message}
    </p>
  ) : null;
}

/** Props wiring an input to its error message for assistive technology. */
function invalid(errors: Record<string, string>, name: string) {
  const message = errors[name];
  return message ? { "aria-invalid": true, "aria-describedby": `${fieldId(name)}-error` } : {};
}

const fieldId = (name: string) => `field-${name.replaceAll(".", "-")}`;

function TextField({
  name,
  label,
  value,
  errors,
  help,
  multiline,
  required,
  maxLength,
  lang,
}: {
  name: string;
  label: string;
  value: string;
  errors: Record<string, string>;
  help?: ReactNode;
  multiline?: boolean;
  required?: boolean;
  maxLength: number;
  lang: string;
}) {
  const id = fieldId(name);
  const common = {
    id,
    name,
    defaultValue: value,
    maxLength,
    lang,
    className: "input",
    ...invalid(errors, name),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={6} {...common} /> : <input required={required} {...common} />}
      {help ? <p className="field__help">{help}</p> : null}
      <FieldError id={`${id}-error`} message={errors[name]} />
    </div>
  );
}

export function ProductForm({ values, categories, errors, storefrontPaths, busy, submitLabel }: Props) {
  const { t } = useTranslation("admin");
  const optionRows = values.options.flatMap((option, index) =>
    option.fr.trim() || option.en.trim() ? [index] : [],
  );
  const summary = Object.keys(errors).length;
  return (
    <Form method="post" className="product-editor" data-testid="product-form">
      <input type="hidden" name="intent" value="save" />
      <input type="hidden" name="version" value={values.version} />
      <input type="hidden" name="variantRows" value={values.variants.length} />
      {summary > 0 ? (
        <div className="alert alert--error" role="alert" data-testid="product-errors">
          {errors._ ?? t("productEditor.errorSummary", { count: summary })}
        </div>
      ) : null}

      <section className="panel" aria-labelledby="texts-heading">
        <h2 id="texts-heading">{t("productEditor.texts")}</h2>
        <div className="product-editor__languages">
          {EDITOR_LOCALES.map((locale) => (
            <fieldset key={locale} className="product-editor__language" lang={locale}>
              <legend>{t(`productEditor.language.${locale}`)}</legend>
              <TextField
                name={`${locale}.name`}
                label={t("productEditor.name")}
                value={values.texts[locale].name}
                errors={errors}
                required
                maxLength={200}
                lang={locale}
              />
              <TextField
                name={`${locale}.slug`}
                label={t("productEditor.slug")}
                value={values.texts[locale].slug}
                errors={errors}
                maxLength={200}
                lang={locale}
                help={
                  storefrontPaths[locale] ? (
                    <>
                      {t("productEditor.slugHelpExisting")} <code>{storefrontPaths[locale]}</code>
                    </>
                  ) : (
                    t("productEditor.slugHelp")
                  )
                }
              />
              <TextField
                name={`${locale}.description`}
                label={t("productEditor.description")}
                value={values.texts[locale].description}
                errors={errors}
                multiline
                maxLength={20_000}
                lang={locale}
                help={t("productEditor.descriptionHelp")}
              />
              <TextField
                name={`${locale}.seoTitle`}
                label={t("productEditor.seoTitle")}
                value={values.texts[locale].seoTitle}
                errors={errors}
                maxLength={120}
                lang={locale}
                help={t("productEditor.seoTitleHelp")}
              />
              <TextField
                name={`${locale}.seoDescription`}
                label={t("productEditor.seoDescription")}
                value={values.texts[locale].seoDescription}
                errors={errors}
                multiline
                maxLength={320}
                lang={locale}
              />
            </fieldset>
          ))}
        </div>
      </section>

      <section className="panel" aria-labelledby="publication-heading">
        <h2 id="publication-heading">{t("productEditor.publication")}</h2>
        <div className="product-editor__row">
          <div className="field">
            <label htmlFor="field-status">{t("productEditor.status")}</label>
            <select
              id="field-status"
              name="status"
              defaultValue={values.status}
              className="input"
              {...invalid(errors, "status")}
            >
              {(["DRAFT", "ACTIVE", "ARCHIVED"] as const).map((status) => (
                <option key={status} value={status}>
                  {t(`products.status.${status}`)}
                </option>
              ))}
            </select>
            <p className="field__help">{t("productEditor.statusHelp")}</p>
            <FieldError id="field-status-error" message={errors.status} />
          </div>
        </div>
        <label className="checkbox">
          <input type="checkbox" name="featured" value="yes" defaultChecked={values.featured} />{" "}
          {t("productEditor.featured")}
        </label>
        <fieldset className="product-editor__categories" {...invalid(errors, "categoryIds")}>
          <legend>{t("productEditor.categories")}</legend>
          {categories.length === 0 ? <p className="muted">{t("productEditor.noCategories")}</p> : null}
          {categories.map((category) => (
            <label key={category.id} className="checkbox" data-depth={Math.min(category.depth, 4)}>
              <input
                type="checkbox"
                name="categoryIds"
                value={category.id}
                defaultChecked={values.categoryIds.includes(category.id)}
              />{" "}
              {category.name}
            </label>
          ))}
          <FieldError id="field-categoryIds-error" message={errors.categoryIds} />
        </fieldset>
      </section>

      <section className="panel" aria-labelledby="variants-heading">
        <h2 id="variants-heading">{t("productEditor.variants")}</h2>
        <p className="muted">{t("productEditor.optionsHelp")}</p>
        <table className="table product-editor__options">
          <caption className="visually-hidden">{t("productEditor.options")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("productEditor.option")}</th>
              <th scope="col" lang="fr">
                {t("productEditor.language.fr")}
              </th>
              <th scope="col" lang="en">
                {t("productEditor.language.en")}
              </th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: MAX_OPTIONS }, (_, index) => (
              <tr key={index}>
                <th scope="row">{t("productEditor.optionNumber", { number: index + 1 })}</th>
                {EDITOR_LOCALES.map((locale) => {
                  const name = `options.${index}.${locale}`;
                  return (
                    <td key={locale}>
                      <input
                        name={name}
                        defaultValue={values.options[index]?.[locale]}
                        maxLength={100}
                        lang={locale}
                        className="input"
                        aria-label={`${t("productEditor.optionNumber", { number: index + 1 })} (${t(`productEditor.language.${locale}`)})`}
                        {...invalid(errors, name)}
                      />
                      <FieldError id={`${fieldId(name)}-error`} message={errors[name]} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <FieldError id="field-variants-error" message={errors.variants} />
        <div className="product-editor__scroll">
          <table className="table product-editor__variants" data-testid="variant-table">
            <thead>
              <tr>
                <th scope="col">{t("productEditor.sku")}</th>
                {optionRows.map((option) => (
                  <th scope="col" key={option}>
                    {values.options[option]?.fr || values.options[option]?.en}
                  </th>
                ))}
                <th scope="col">{t("productEditor.price")}</th>
                <th scope="col">{t("productEditor.compareAt")}</th>
                <th scope="col">{t("productEditor.stock")}</th>
                <th scope="col">{t("productEditor.weight")}</th>
                <th scope="col">{t("productEditor.remove")}</th>
              </tr>
            </thead>
            <tbody>
              {values.variants.map((variant, row) => (
                <VariantEditorRow
                  key={row}
                  row={row}
                  variant={variant}
                  optionRows={optionRows}
                  errors={errors}
                />
              ))}
            </tbody>
          </table>
        </div>
        <p className="field__help">{t("productEditor.newVariantHelp")}</p>
      </section>

      <div className="product-editor__actions">
        <button type="submit" className="btn" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </Form>
  );
}

function VariantEditorRow({
  row,
  variant,
  optionRows,
  errors,
}: {
  row: number;
  variant: VariantRow;
  optionRows: number[];
  errors: Record<string, string>;
}) {
  const { t } = useTranslation("admin");
  const isNew = variant.id === "";
  const label = (what: string) => `${what} — ${isNew ? t("productEditor.newVariant") : variant.sku}`;
  const cell = (field: string, props: Record<string, unknown>) => {
    const name = `variants.${row}.${field}`;
    return (
      <>
        <input name={name} className="input" {...props} {...invalid(errors, name)} />
        <FieldError id={`${fieldId(name)}-error`} message={errors[name]} />
      </>
    );
  };
  const valuesError = errors[`variants.${row}.values`];
  return (
    <tr data-testid={isNew ? "variant-new" : "variant-row"}>
      <td>
        <input type="hidden" name={`variants.${row}.id`} value={variant.id} />
        <input type="hidden" name={`variants.${row}.stockSeen`} value={variant.stockSeen} />
        {cell("sku", {
          defaultValue: variant.sku,
          maxLength: 64,
          "aria-label": label(t("productEditor.sku")),
          autoComplete: "off",
        })}
        {valuesError ? <p className="field__error">{valuesError}</p> : null}
      </td>
      {optionRows.map((option) => (
        <td key={option} className="product-editor__value">
          {EDITOR_LOCALES.map((locale) => (
            <Fragment key={locale}>
              {cell(`values.${option}.${locale}`, {
                defaultValue: variant.values[option]?.[locale] ?? "",
                maxLength: 100,
                lang: locale,
                placeholder: t(`productEditor.language.${locale}`),
                "aria-label": label(
                  `${t("productEditor.optionNumber", { number: option + 1 })} (${t(`productEditor.language.${locale}`)})`,
                ),
              })}
            </Fragment>
          ))}
        </td>
      ))}
      <td>
        {cell("price", {
          defaultValue: variant.price,
          inputMode: "decimal",
          size: 8,
          "aria-label": label(t("productEditor.price")),
        })}
      </td>
      <td>
        {cell("compareAt", {
          defaultValue: variant.compareAt,
          inputMode: "decimal",
          size: 8,
          "aria-label": label(t("productEditor.compareAt")),
        })}
      </td>
      <td>
        {cell("stock", {
          defaultValue: variant.stock,
          inputMode: "numeric",
          size: 5,
          "aria-label": label(t("productEditor.stock")),
        })}
      </td>
      <td>
        {cell("weight", {
          defaultValue: variant.weight,
          inputMode: "numeric",
          size: 5,
          "aria-label": label(t("productEditor.weight")),
        })}
      </td>
      <td>
        {isNew ? null : (
          <input
            type="checkbox"
            name={`variants.${row}.remove`}
            value="yes"
            defaultChecked={variant.remove}
            aria-label={label(t("productEditor.remove"))}
          />
        )}
      </td>
    </tr>
  );
}
