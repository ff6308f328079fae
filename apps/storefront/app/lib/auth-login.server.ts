// The login page: email and password, or a login link by email. A customer who is already logged
// in goes straight on; a successful login merges the guest cart and continues to `redirectTo`.
import { data } from "@remix-run/node";
import type { RequestCaller } from "@comptoir/api";
import { accountPath, type Locale } from "@comptoir/i18n";
import type { LoginActionData } from "./auth-data";
import { loginForm, magicLinkForm, type LoginIntent } from "./auth-forms";
import { submitAuthForm } from "./auth-form.server";
import { authHeaders } from "./auth-page.server";
import { safeRedirectPath } from "./auth-redirect.server";
import { guestCartIdOf, loggedInRedirect, type CallerForRequest } from "./auth-session.server";

export async function loginAction(
  request: Request,
  locale: Locale,
  caller: RequestCaller,
  options: { callerFor?: CallerForRequest } = {},
) {
  // A body that is not a form (a script posting JSON) reads as an empty form: a 400, not a 500.
  const formData = await request.formData().catch(() => new FormData());
  const intent: LoginIntent = formData.get("intent") === "magicLink" ? "magicLink" : "password";
  const answer = (body: Omit<LoginActionData, "intent">, status = 200) =>
    data<LoginActionData>({ intent, ...body }, { status, headers: authHeaders(caller) });

  if (intent === "magicLink") {
    // The same answer whether or not the address has an account (the worker decides what to send).
    const outcome = await submitAuthForm(formData, magicLinkForm, ({ email }) =>
      caller.api.auth.requestMagicLink({ email, locale }),
    );
    if (!outcome.ok) return answer({ reply: outcome.reply, sentTo: null }, outcome.status);
    return answer({ reply: null, sentTo: outcome.value.email });
  }

  const guestCartId = await guestCartIdOf(request);
  const outcome = await submitAuthForm(formData, loginForm, (value) =>
    caller.api.auth.login({ ...value, guestCartId, locale }),
  );
  if (!outcome.ok) return answer({ reply: outcome.reply, sentTo: null }, outcome.status);
  return loggedInRedirect(request, caller, {
    locale,
    to: safeRedirectPath(formData.get("redirectTo"), accountPath(locale)),
    guestCartId,
    callerFor: options.callerFor,
  });
}
