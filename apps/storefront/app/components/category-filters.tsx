import { Form, useSubmit } from "@remix-run/react";
import type { CategoryPageDto } from "@comptoir/api";
import { currencyDigits } from "@comptoir/i18n";
import { useTranslation } from "@comptoir/i18n/react";
import { useEffect, useRef } from "react";
import { choicesChangedSinceRender } from "~/lib/choices-before-scripts";
import type { ListingParams } from "~/lib/listing-params";
import { SiteLink } from "./site-link";

export const LISTING_FORM_ID = "listing-form";

/**
 * The filters of a listing as one GET form: without JavaScript, "Apply" submits it; with it, any
 * change submits at once, and a choice made before the page's scripts started (the sort list's
 * too, which belongs to this form) as soon as they have. Each option value shows how many products
 * it would give.
 */
export function CategoryFilters({
  facets,
  params,
  currency,
  resetHref,
}: {
  facets: CategoryPageDto["facets"];
  params: ListingParams;
  currency: string;
  resetHref: string;
}) {
  const { t } = useTranslation("storefront");
  const submit = useSubmit();
  const digits = currencyDigits(currency);
  const major = (amount: number | undefined) => (amount === undefined ? undefined : amount / 10 ** digits);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // Once the scripts run (see choices-before-scripts.ts). After a client-side navigation the
    // form shows what it was rendered with, and nothing is submitted.
    if (form.current && choicesChangedSinceRender(form.current)) {
      submit(form.current, { preventScrollReset: true, replace: true });
    }
    // On mount only: later changes go through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <Form
      ref={form}
      method="get"
      id={LISTING_FORM_ID}
      className="filters"
      preventScrollReset
      onChange={(event) => {
        // Checkboxes apply at once; typed prices wait for Enter or "Apply" (not every keystroke).
        const field = event.target as HTMLInputElement;
        if (field.type === "number") return;
        submit(event.currentTarget, { preventScrollReset: true, replace: true });
      }}
    >
      <h2 className="filters__title">{t("category.filters.title")}</h2>
      <fieldset className="filters__group">
        <legend>{t("category.filters.price")}</legend>
        <div className="filters__prices">
          <PriceBound
            name="min"
            label={t("category.filters.minPrice", { currency })}
            value={major(params.minPrice)}
            hint={facets.price ? Math.floor(major(facets.price.min.amount) ?? 0) : undefined}
          />
          <PriceBound
            name="max"
            label={t("category.filters.maxPrice", { currency })}
            value={major(params.maxPrice)}
            hint={facets.price ? Math.ceil(major(facets.price.max.amount) ?? 0) : undefined}
          />
        </div>
      </fieldset>
      <fieldset className="filters__group">
        <legend>{t("category.filters.availability")}</legend>
        <label className="filters__check">
          <input type="checkbox" name="dispo" value="1" defaultChecked={params.available} />
          <span>{t("category.filters.availableOnly", { count: facets.availableCount })}</span>
        </label>
      </fieldset>
      {facets.options.map((option) => (
        <fieldset className="filters__group" key={option.key}>
          <legend>{option.name}</legend>
          {option.values.map((value) => (
            <label className="filters__check" key={value.key}>
              <input type="checkbox" name="f" value={value.key} defaultChecked={value.selected} />
              <span>{t("category.filters.valueCount", { name: value.name, count: value.count })}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <div className="filters__actions">
        <button type="submit" className="btn btn--small">
          {t("category.filters.apply")}
        </button>
        <SiteLink to={resetHref} className="filters__reset" preventScrollReset>
          {t("category.filters.reset")}
        </SiteLink>
      </div>
    </Form>
  );
}

/** One bound of the price range, in major units; the placeholder shows the listing's own bound. */
function PriceBound({
  name,
  label,
  value,
  hint,
}: {
  name: string;
  label: string;
  value?: number;
  hint?: number;
}) {
  return (
    <label>
      <span>{label}</span>
      <input
        className="input"
        type="number"
        name={name}
        min={0}
        step="any"
        inputMode="decimal"
        defaultValue={value}
        placeholder={hint === undefined ? undefined : String(hint)}
      />
    </label>
  );
}
