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
export {
  MAX_LINE_QUANTITY,
  cartMsg,
  cartIdSchema,
  discountCodeSchema,
  countryCodeSchema,
  cartGetInput,
  cartAddItemInput,
  cartUpdateItemInput,
  cartRemoveItemInput,
  cartApplyDiscountInput,
  cartRemoveDiscountInput,
  cartShippingOptionsInput,
  cartMergeInput,
  type CartGetInput,
  type CartAddItemInput,
  type CartUpdateItemInput,
  type CartRemoveItemInput,
  type CartApplyDiscountInput,
  type CartRemoveDiscountInput,
  type CartShippingOptionsInput,
  type CartMergeInput,
} from "./cart";
export {
  addressMsg,
  SHIPPING_COUNTRIES,
  CA_PROVINCES,
  normalizePostalCode,
  shippingAddressSchema,
  type ShippingCountry,
  type ShippingAddress,
  type ShippingAddressInput,
} from "./address";
export {
  checkoutStartInput,
  checkoutConfirmationInput,
  checkoutCancelInput,
  type CheckoutStartInput,
} from "./checkout";
