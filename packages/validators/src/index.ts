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
} from "./catalog";
