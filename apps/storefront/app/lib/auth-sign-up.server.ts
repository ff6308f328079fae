// The sign-up form. The API answers the same whether or not the address already has an account
// (that address gets an "account exists" email instead of a verification link), so the page does
// too: "check your inbox", with the address as typed.
import { data } from "@remix-run/node";
import type { RequestCaller } from "@comptoir/api";
import type { Locale } from "@comptoir/i18n";
import type { EmailSentData } from "./auth-data";
import { signUpForm } from "./auth-forms";
import { submitAuthForm } from "./auth-form.server";
import { authHeaders } from "./auth-page.server";

export async function signUpAction(request: Request, locale: Locale, caller: RequestCaller) {
  const formData = await request.formData().catch(() => new FormData());
  const outcome = await submitAuthForm(formData, signUpForm, (value) =>
    // The page's language becomes the account's: its emails and its pages speak it.
    caller.api.auth.signUp({ ...value, locale }),
  );
  const headers = authHeaders(caller);
  if (!outcome.ok) {
    return data<EmailSentData>({ reply: outcome.reply, sentTo: null }, { status: outcome.status, headers });
  }
  return data<EmailSentData>({ reply: null, sentTo: outcome.value.email }, { headers });
}
