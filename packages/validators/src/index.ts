export { LOCALES, DEFAULT_LOCALE, localeSchema, isLocale, type Locale } from "./locale";
export { msg } from "./messages";
export { emailSchema } from "./email";
export { passwordLoginInput, type PasswordLoginInput } from "./auth";
export {
  MAX_PAGE_SIZE,
  slugSchema,
  featuredProductsInput,
  productBySlugInput,
  paginationInput,
  adminProductListInput,
  mediaByChecksumInput,
  localeOnlyInput,
  LISTING_SORTS,
  facetValueSchema,
  categoryPageInput,
  searchInput,
  redirectLookupInput,
  SITEMAP_PAGE_SIZE,
  sitemapPageInput,
  type ListingSort,
  type CategoryPageInput,
  type SearchInput,
} from "./catalog";
export { slugify } from "./slug";
