export { LOCALES, DEFAULT_LOCALE, isLocale, type Locale } from "@comptoir/validators/locales";
export { resources, NAMESPACES, type Namespace } from "./resources";
export { i18nextOptions } from "./options";
export { createI18n, type I18nResources } from "./instance";
export { shareFixedTs } from "./share-fixed-t";
export { useResources, addMissingResources } from "./use-resources";
export { formatMoney, formatDate, formatNumber, currencyDigits } from "./format";
export {
  PATH_SEGMENTS,
  homePath,
  productPath,
  categoryPath,
  searchPath,
  queryString,
  alternatesOf,
  type Alternates,
} from "./paths";
export {
  STOREFRONT_LOCALE_COOKIE,
  ADMIN_LOCALE_COOKIE,
  readLocaleCookie,
  localeCookieValue,
} from "./locale-cookie";
export {
  CHECKOUT_SUBPATHS,
  cartPath,
  checkoutPath,
  checkoutConfirmationPath,
  checkoutCancelledPath,
} from "./checkout-paths";
export {
  ACCOUNT_SEGMENTS,
  ACCOUNT_SUBPATHS,
  loginPath,
  signUpPath,
  forgotPasswordPath,
  accountPath,
  accountOrderPath,
  verifyEmailPath,
  confirmEmailChangePath,
  magicLinkPath,
  resetPasswordPath,
  type AccountSection,
} from "./account-paths";
