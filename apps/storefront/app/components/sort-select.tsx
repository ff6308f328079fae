import { useSubmit } from "@remix-run/react";
import { useEffect, useRef } from "react";
import type { ListingSort } from "@comptoir/validators";
import { LISTING_SORTS } from "@comptoir/validators";
import { useTranslation } from "@comptoir/i18n/react";
import { LISTING_FORM_ID } from "./category-filters";

/**
 * Part of the filters form (through the `form` attribute) although it sits above the results. With
 * JavaScript a choice applies at once; without it, the button in <noscript> applies it.
 */
export function SortSelect({ value }: { value: ListingSort }) {
  const { t } = useTranslation("storefront");
  const submit = useSubmit();
  const select = useRef<HTMLSelectElement>(null);
  // A choice made while the page's scripts were still loading changed the list but applied nothing
  // (no handler yet, and the <noscript> button is not shown when scripts are on): it applies as soon
  // as they have started. After a client-side navigation the list shows `value`, and nothing happens.
  useEffect(() => {
    const form = select.current?.form;
    if (form && select.current.value !== value) submit(form, { preventScrollReset: true, replace: true });
    // On mount only: later changes go through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div className="sort-select">
      <label htmlFor="listing-sort">{t("category.sort.label")}</label>
      <select
        ref={select}
        id="listing-sort"
        name="sort"
        form={LISTING_FORM_ID}
        defaultValue={value}
        className="input"
        onChange={(event) => {
          const form = event.currentTarget.form;
          if (form) submit(form, { preventScrollReset: true, replace: true });
        }}
      >
        {LISTING_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(`category.sort.${sort}`)}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" form={LISTING_FORM_ID} className="btn btn--small">
          {t("category.filters.apply")}
        </button>
      </noscript>
    </div>
  );
}
