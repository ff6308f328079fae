import { useSubmit } from "@remix-run/react";
import type { ListingSort } from "@comptoir/validators";
import { LISTING_SORTS } from "@comptoir/validators";
import { useTranslation } from "@comptoir/i18n/react";
import { LISTING_FORM_ID } from "./category-filters";

/** Part of the filters form (through the `form` attribute) although it sits above the results. */
export function SortSelect({ value }: { value: ListingSort }) {
  const { t } = useTranslation("storefront");
  const submit = useSubmit();
  return (
    <div className="sort-select">
      <label htmlFor="listing-sort">{t("category.sort.label")}</label>
      <select
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
