// Filtering, facet counts, sorting and paging of a listing, as pure functions over loaded products.
// A product matches when one of its variants satisfies every filter at once (a 250 g bag in stock,
// not a 250 g bag out of stock beside a 1 kg bag in stock). Counts of one facet apply every other
// filter but not its own, so shoppers see how many products each alternative would give.
import type { ListingSort } from "@comptoir/validators";
import type { ListingProduct, ListingVariant } from "./listing-product";

export interface ListingFilters {
  minPrice?: number;
  maxPrice?: number;
  available: boolean;
  /** Selected "<option>:<value>" keys. */
  facets: string[];
}

export interface FacetValue {
  key: string;
  name: string;
  count: number;
  selected: boolean;
}

export interface OptionFacet {
  key: string;
  name: string;
  values: FacetValue[];
}

export interface ListingFacets {
  /** Price bounds of the products the other filters leave, for the price inputs. */
  price: { min: number; max: number; currency: string } | null;
  /** Products with a variant in stock, under the other filters. */
  availableCount: number;
  options: OptionFacet[];
}

export interface ListingItem {
  product: ListingProduct;
  /** The cheapest variant that satisfies the filters: its price is the one shown. */
  variant: ListingVariant;
}

export interface ListingResult {
  items: ListingItem[];
  total: number;
  facets: ListingFacets;
}

type Skip = "price" | "available" | string | null;

function groupFacets(facets: string[]): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const facet of facets) {
    const [option = "", value = ""] = facet.split(":");
    const group = groups.get(option) ?? new Set<string>();
    group.add(value);
    groups.set(option, group);
  }
  return groups;
}

function variantMatches(
  variant: ListingVariant,
  filters: ListingFilters,
  groups: Map<string, Set<string>>,
  skip: Skip,
) {
  if (skip !== "price") {
    if (filters.minPrice !== undefined && variant.priceAmount < filters.minPrice) return false;
    if (filters.maxPrice !== undefined && variant.priceAmount > filters.maxPrice) return false;
  }
  if (skip !== "available" && filters.available && variant.stock <= 0) return false;
  for (const [option, values] of groups) {
    if (option === skip) continue;
    if (!variant.values.some((value) => value.optionKey === option && values.has(value.valueKey)))
      return false;
  }
  return true;
}

function cheapest(variants: ListingVariant[]): ListingVariant | undefined {
  return variants.reduce<ListingVariant | undefined>(
    (best, variant) => (!best || variant.priceAmount < best.priceAmount ? variant : best),
    undefined,
  );
}

export function queryListing(
  products: ListingProduct[],
  options: { filters: ListingFilters; sort: ListingSort; page: number; pageSize: number; locale: string },
): ListingResult {
  const { filters } = options;
  const groups = groupFacets(filters.facets);
  const matching = (skip: Skip) =>
    products.flatMap((product) => {
      const variants = product.variants.filter((variant) => variantMatches(variant, filters, groups, skip));
      const variant = cheapest(variants);
      return variant ? [{ product, variant, variants }] : [];
    });

  const items = matching(null);
  sortItems(items, options.sort, options.locale);
  const start = (options.page - 1) * options.pageSize;

  return {
    items: items.slice(start, start + options.pageSize).map(({ product, variant }) => ({ product, variant })),
    total: items.length,
    facets: {
      price: priceBounds(matching("price").flatMap((item) => item.variants)),
      availableCount: matching("available").filter((item) =>
        item.variants.some((variant) => variant.stock > 0),
      ).length,
      options: optionFacets(products, groups, (option) => matching(option)),
    },
  };
}

function sortItems(items: ListingItem[], sort: ListingSort, locale: string) {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  const byName = (a: ListingItem, b: ListingItem) =>
    collator.compare(a.product.name, b.product.name) || a.product.id.localeCompare(b.product.id);
  const compare: Record<ListingSort, (a: ListingItem, b: ListingItem) => number> = {
    position: (a, b) => a.product.position - b.product.position || byName(a, b),
    "price-asc": (a, b) => a.variant.priceAmount - b.variant.priceAmount || byName(a, b),
    "price-desc": (a, b) => b.variant.priceAmount - a.variant.priceAmount || byName(a, b),
    newest: (a, b) => b.product.publishedAt - a.product.publishedAt || byName(a, b),
    name: byName,
  };
  items.sort(compare[sort]);
}

function priceBounds(variants: ListingVariant[]): ListingFacets["price"] {
  const first = variants[0];
  if (!first) return null;
  let min = first.priceAmount;
  let max = first.priceAmount;
  for (const variant of variants) {
    min = Math.min(min, variant.priceAmount);
    max = Math.max(max, variant.priceAmount);
  }
  return { min, max, currency: first.currency };
}

function optionFacets(
  products: ListingProduct[],
  groups: Map<string, Set<string>>,
  matchingWithout: (option: string) => { product: ListingProduct; variants: ListingVariant[] }[],
): OptionFacet[] {
  // Every option and value present among the listed products, in the catalog's order.
  const options = new Map<
    string,
    { name: string; position: number; values: Map<string, { name: string; position: number }> }
  >();
  for (const product of products) {
    for (const variant of product.variants) {
      for (const value of variant.values) {
        const option = options.get(value.optionKey) ?? {
          name: value.optionName,
          position: value.optionPosition,
          values: new Map(),
        };
        if (!option.values.has(value.valueKey))
          option.values.set(value.valueKey, { name: value.valueName, position: value.valuePosition });
        options.set(value.optionKey, option);
      }
    }
  }
  return [...options.entries()]
    .sort(([, a], [, b]) => a.position - b.position || a.name.localeCompare(b.name))
    .map(([optionKey, option]) => {
      const counts = new Map<string, number>();
      for (const { variants } of matchingWithout(optionKey)) {
        const keys = new Set(
          variants.flatMap((variant) =>
            variant.values.filter((value) => value.optionKey === optionKey).map((value) => value.valueKey),
          ),
        );
        for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const selected = groups.get(optionKey) ?? new Set<string>();
      return {
        key: optionKey,
        name: option.name,
        values: [...option.values.entries()]
          .sort(([, a], [, b]) => a.position - b.position || a.name.localeCompare(b.name))
          .map(([valueKey, value]) => ({
            key: `${optionKey}:${valueKey}`,
            name: value.name,
            count: counts.get(valueKey) ?? 0,
            selected: selected.has(valueKey),
          })),
      };
    });
}
