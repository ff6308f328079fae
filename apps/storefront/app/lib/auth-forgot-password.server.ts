// The forgot-password form: one answer for every address ("if an account exists, we sent a link"),
// since the worker, not this request, decides whether there is an account to send a link to.
import { data } from "@remix-run/node";
import type { RequestCaller } from "@comptoir/api";
import type { Locale } from "@comptoir/i18n";
import type { EmailSentData } from "./auth-data";
import { forgotPasswordForm } from "./auth-forms";
import { submitAuthForm } from "./auth-form.server";
import { authHeaders } from "./auth-page.server";

export async function forgotPasswordAction(request: Request, locale: Locale, caller: RequestCaller) {
  const formData = await request.formData().catch(() => new FormData());
  const outcome = await submitAuthForm(formData, forgotPasswordForm, ({ email }) =>
    caller.api.auth.requestPasswordReset({ email, locale }),
  );
  const headers = authHeaders(caller);
  if (!outcome.ok) {
    return data<EmailSentData>({ reply: outcome.reply, sentTo: null }, { status: outcome.status, headers });
  }
  return data<EmailSentData>({ reply: null, sentTo: outcome.value.email }, { headers });
}
