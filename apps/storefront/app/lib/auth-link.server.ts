// The pages an emailed link opens: verify the address, log in with a link, choose a new password,
// confirm a new address. Opening the link (GET) spends nothing: mail scanners follow links, and a
// link they opened must still work for the customer. The page shows a button whose form carries
// the token; the POST spends it, logs the customer in and sends them to their account.
import { data } from "@remix-run/node";
import type { RequestCaller } from "@comptoir/api";
import { accountPath, type Locale } from "@comptoir/i18n";
import type { LinkActionData } from "./auth-data";
import { linkForm, resetPasswordForm } from "./auth-forms";
import { submitAuthForm, type AuthFormOutcome } from "./auth-form.server";
import { authHeaders, authPageMeta } from "./auth-page.server";
import { welcomePath, type LinkPage } from "./auth-paths";
import { guestCartIdOf, loggedInRedirect, type CallerForRequest } from "./auth-session.server";

/** Tokens are short; anything longer is not one of ours (and is not echoed into the page). */
const MAX_TOKEN_LENGTH = 200;

/** The token in the link's query string, or "" when it has none (or one that cannot be ours). */
export function tokenOf(request: Request): string {
  const token = new URL(request.url).searchParams.get("token")?.trim() ?? "";
  return token.length <= MAX_TOKEN_LENGTH ? token : "";
}

export async function linkPageData(request: Request, locale: Locale, caller: RequestCaller, page: LinkPage) {
  const token = tokenOf(request);
  return data(
    { locale, page, token, ...authPageMeta(request, locale, page, token) },
    { headers: authHeaders(caller, { link: true }) },
  );
}

/** Where each link leads once spent, and the call that spends it. */
async function spend(
  page: LinkPage,
  formData: FormData,
  context: { locale: Locale; caller: RequestCaller; guestCartId: string | undefined },
): Promise<AuthFormOutcome<unknown, { to: string }>> {
  const { locale, caller, guestCartId } = context;
  const { auth } = caller.api;
  switch (page) {
    case "verifyEmail":
      return submitAuthForm(formData, linkForm, async ({ token }) => {
        const { firstLogin } = await auth.verifyEmail({ token, guestCartId, locale });
        return { to: firstLogin ? welcomePath(locale) : accountPath(locale) };
      });
    case "magicLink":
      return submitAuthForm(formData, linkForm, async ({ token }) => {
        const { created } = await auth.loginWithMagicLink({ token, guestCartId, locale });
        return { to: created ? welcomePath(locale) : accountPath(locale) };
      });
    case "resetPassword":
      return submitAuthForm(formData, resetPasswordForm, async ({ token, password }) => {
        await auth.resetPassword({ token, password, guestCartId, locale });
        return { to: accountPath(locale) };
      });
    case "confirmEmail":
      return submitAuthForm(formData, linkForm, async ({ token }) => {
        await auth.confirmEmailChange({ token });
        return { to: accountPath(locale) };
      });
  }
}

/**
 * Spends the link. A link that is unknown, expired, used, meant for another page, or whose token
 * is malformed, answers the "this link no longer works" state; other refusals (a new password
 * that is too weak, too many attempts) answer the form again.
 */
export async function linkAction(
  request: Request,
  locale: Locale,
  caller: RequestCaller,
  page: LinkPage,
  options: { callerFor?: CallerForRequest } = {},
) {
  const formData = await request.formData().catch(() => new FormData());
  // Confirming a new address takes no guest cart: the customer is usually logged in already.
  const guestCartId = page === "confirmEmail" ? undefined : await guestCartIdOf(request);
  const outcome = await spend(page, formData, { locale, caller, guestCartId });
  const headers = authHeaders(caller, { link: true });
  if (!outcome.ok) {
    const invalid = outcome.code === "LINK_INVALID" || outcome.fields.includes("token");
    return data<LinkActionData>(invalid ? { state: "invalid" } : { state: "form", reply: outcome.reply }, {
      status: outcome.status,
      headers,
    });
  }
  return loggedInRedirect(request, caller, {
    locale,
    to: outcome.result.to,
    guestCartId,
    callerFor: options.callerFor,
  });
}
