// The query string of a product listing (category pages): what shoppers and crawlers may type is
// read leniently (a bad value is ignored, never an error page), and written back canonically.
import { facetValueSchema, LISTING_SORTS, type ListingSort } from "@comptoir/validators";

export interface ListingParams {
  page: number;
  sort: ListingSort;
  /** Minor units. */
  minPrice?: number;
  maxPrice?: number;
  available: boolean;
  facets: string[];
}

function parseAmount(value: string | null, digits: number): number | undefined {
  if (!value) return undefined;
  const number = Number.parseFloat(value.replace(",", "."));
  if (!Number.isFinite(number) || number < 0 || number > 1_000_000) return undefined;
  return Math.round(number * 10 ** digits);
}

/** Reads ?page=&sort=&min=&max=&dispo=1&f=poids:250-g (prices in major units). */
export function parseListingParams(search: URLSearchParams, currencyDigits: number): ListingParams {
  const page = Number.parseInt(search.get("page") ?? "1", 10);
  const sort = search.get("sort");
  let minPrice = parseAmount(search.get("min"), currencyDigits);
  let maxPrice = parseAmount(search.get("max"), currencyDigits);
  if (minPrice !== undefined && maxPrice !== undefined && minPrice > maxPrice)
    [minPrice, maxPrice] = [maxPrice, minPrice];
  return {
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
    sort: LISTING_SORTS.includes(sort as ListingSort) ? (sort as ListingSort) : "position",
    minPrice,
    maxPrice,
    available: search.get("dispo") === "1",
    facets: [...new Set(search.getAll("f").filter((facet) => facetValueSchema.safeParse(facet).success))]
      .slice(0, 30)
      .sort(),
  };
}

/** The query of a listing state, default values left out; `page` 1 is the bare URL. */
export function listingQuery(params: ListingParams, currencyDigits: number) {
  const major = (amount: number | undefined) =>
    amount === undefined ? undefined : String(amount / 10 ** currencyDigits);
  return {
    sort: params.sort === "position" ? undefined : params.sort,
    min: major(params.minPrice),
    max: major(params.maxPrice),
    dispo: params.available ? "1" : undefined,
    f: params.facets,
    page: params.page > 1 ? params.page : undefined,
  };
}

/** Whether any filter narrows the listing (sort and page are not filters). */
export function hasFilters(params: ListingParams): boolean {
  return (
    params.minPrice !== undefined ||
    params.maxPrice !== undefined ||
    params.available ||
    params.facets.length > 0
  );
}
