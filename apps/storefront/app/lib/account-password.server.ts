// The password page: the current password proves it is the customer, the new one must follow the
// rules (the API also refuses common ones). The API then logs out the other devices and gives this
// one a new session: the redirect carries its cookie.
import { data, redirect } from "@remix-run/node";
import type { RequestCaller } from "@comptoir/api";
import { accountPath, type Locale } from "@comptoir/i18n";
import { getFixedT } from "@comptoir/i18n/server";
import { changePasswordInput } from "@comptoir/validators";
import { withDone } from "./account-form";
import { runAccountForm } from "./account-form.server";
import { PASSWORD_INTENT } from "./account-intents";
import { accountPageSeo } from "./account-page.server";
import { accountHeaders, requireCustomer } from "./account-session.server";

export async function passwordPageData(request: Request, locale: Locale, caller: RequestCaller) {
  await requireCustomer(request, locale, caller);
  const profile = await caller.api.account.profile.get();
  return data(
    {
      locale,
      hasPassword: profile.hasPassword,
      ...accountPageSeo(request, locale, {
        title: getFixedT(locale, "account")("password.title"),
        section: "password",
      }),
    },
    { headers: accountHeaders(caller) },
  );
}

export async function passwordAction(request: Request, locale: Locale, caller: RequestCaller) {
  await requireCustomer(request, locale, caller);
  const outcome = await runAccountForm({
    request,
    locale,
    caller,
    formData: await request.formData(),
    intent: PASSWORD_INTENT,
    schema: changePasswordInput,
    call: (value) => caller.api.account.security.changePassword(value),
    fieldOfCode: { PASSWORD_INCORRECT: "currentPassword" },
    hideFields: ["currentPassword", "newPassword"],
  });
  if (!outcome.ok) return outcome.response;
  return redirect(withDone(accountPath(locale, "password"), "password"), {
    status: 303,
    headers: accountHeaders(caller),
  });
}
