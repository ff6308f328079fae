// The log-in, sign-up and emailed-link pages by name, and their URLs in each language. The pages an
// emailed link opens carry the link's token in their query string; without one (token "") the same
// builders give the page's plain path, which is where its form posts (see components/auth-token-form).
import {
  ACCOUNT_SUBPATHS,
  accountPath,
  confirmEmailChangePath,
  forgotPasswordPath,
  loginPath,
  magicLinkPath,
  resetPasswordPath,
  signUpPath,
  verifyEmailPath,
  type Locale,
} from "@comptoir/i18n";

export type AuthPage =
  "login" | "signUp" | "forgotPassword" | "resetPassword" | "verifyEmail" | "magicLink" | "confirmEmail";

/** The pages an emailed link opens: they spend the link's token, on a POST only. */
export type LinkPage = Extract<AuthPage, "resetPassword" | "verifyEmail" | "magicLink" | "confirmEmail">;

const PATHS: Record<AuthPage, (locale: Locale, token: string) => string> = {
  login: (locale) => loginPath(locale),
  signUp: (locale) => signUpPath(locale),
  forgotPassword: (locale) => forgotPasswordPath(locale),
  resetPassword: resetPasswordPath,
  verifyEmail: verifyEmailPath,
  magicLink: magicLinkPath,
  confirmEmail: confirmEmailChangePath,
};

/** The page's URL; for a link page, with the token when one is given. */
export function authPagePath(page: AuthPage, locale: Locale, token = ""): string {
  return PATHS[page](locale, token);
}

/** The POST-only logout (see routes/account.logout.ts). */
export function logoutPath(locale: Locale): string {
  return `${accountPath(locale)}/${ACCOUNT_SUBPATHS.logout[locale]}`;
}

/**
 * The account overview after a first login (email verified, or an account created by a magic
 * link): the page reads `welcome=1` and greets the new customer once.
 */
export function welcomePath(locale: Locale): string {
  return `${accountPath(locale)}?welcome=1`;
}
