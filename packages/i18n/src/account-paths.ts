// Customer account URLs: logging in, signing up, the links sent by email, and the account pages.
// The storefront's route table, its links and the emails the worker sends are all built from these,
// so a link in an email cannot point to a page that does not exist.
import type { Locale } from "@comptoir/validators/locales";
import { queryString } from "./paths";

export const ACCOUNT_SEGMENTS = {
  login: { fr: "connexion", en: "login" },
  signUp: { fr: "inscription", en: "sign-up" },
  forgotPassword: { fr: "mot-de-passe-oublie", en: "forgot-password" },
  account: { fr: "compte", en: "account" },
} as const satisfies Record<string, Record<Locale, string>>;

/** Pages under the login, forgot-password and account segments. */
export const ACCOUNT_SUBPATHS = {
  /** Under login: the page a magic link opens. */
  magicLink: { fr: "lien", en: "link" },
  /** Under forgot-password: the page a reset link opens (choose a new password). */
  resetPassword: { fr: "nouveau", en: "new" },
  /** Under account: the pages of the account area. */
  verifyEmail: { fr: "verifier-email", en: "verify-email" },
  confirmEmail: { fr: "confirmer-email", en: "confirm-email" },
  profile: { fr: "profil", en: "profile" },
  password: { fr: "mot-de-passe", en: "password" },
  addresses: { fr: "adresses", en: "addresses" },
  orders: { fr: "commandes", en: "orders" },
  sessions: { fr: "appareils", en: "devices" },
  privacy: { fr: "confidentialite", en: "privacy" },
  /** Under account: the POST-only logout. */
  logout: { fr: "deconnexion", en: "logout" },
  /** Under account/privacy: the download of the customer's data. */
  dataExport: { fr: "export", en: "export" },
} as const satisfies Record<string, Record<Locale, string>>;

export type AccountSection = "profile" | "password" | "addresses" | "orders" | "sessions" | "privacy";

export function loginPath(locale: Locale, query?: { redirectTo?: string }): string {
  return `/${locale}/${ACCOUNT_SEGMENTS.login[locale]}${queryString(query)}`;
}

export function signUpPath(locale: Locale): string {
  return `/${locale}/${ACCOUNT_SEGMENTS.signUp[locale]}`;
}

export function forgotPasswordPath(locale: Locale): string {
  return `/${locale}/${ACCOUNT_SEGMENTS.forgotPassword[locale]}`;
}

/** The account overview; `section` opens one of its pages. */
export function accountPath(locale: Locale, section?: AccountSection): string {
  const base = `/${locale}/${ACCOUNT_SEGMENTS.account[locale]}`;
  return section ? `${base}/${ACCOUNT_SUBPATHS[section][locale]}` : base;
}

export function accountOrderPath(locale: Locale, orderNumber: number): string {
  return `${accountPath(locale, "orders")}/${orderNumber}`;
}

// The links sent by email carry their token in the query string. The pages they open answer with
// Referrer-Policy: strict-origin (the origin only, never the URL, so never the token) and no-store,
// and spend the token only on a POST (a mail scanner that follows links must not use them up).

export function verifyEmailPath(locale: Locale, token: string): string {
  return `${accountPath(locale)}/${ACCOUNT_SUBPATHS.verifyEmail[locale]}${queryString({ token })}`;
}

export function confirmEmailChangePath(locale: Locale, token: string): string {
  return `${accountPath(locale)}/${ACCOUNT_SUBPATHS.confirmEmail[locale]}${queryString({ token })}`;
}

export function magicLinkPath(locale: Locale, token: string): string {
  return `${loginPath(locale)}/${ACCOUNT_SUBPATHS.magicLink[locale]}${queryString({ token })}`;
}

export function resetPasswordPath(locale: Locale, token: string): string {
  return `${forgotPasswordPath(locale)}/${ACCOUNT_SUBPATHS.resetPassword[locale]}${queryString({ token })}`;
}
