// The privacy page and its download. Deleting the account asks for its address typed again, and
// its password (an account without one needs a recent login instead, which the API checks); the
// customer then lands on the home page, logged out, with a confirmation.
import { data, redirect } from "@remix-run/node";
import type { RequestCaller } from "@comptoir/api";
import { homePath, type Locale } from "@comptoir/i18n";
import { getFixedT } from "@comptoir/i18n/server";
import { deleteAccountConfirmation } from "@comptoir/validators";
import { INTENT_FIELD } from "./account-form";
import { runAccountForm, unknownFormReply } from "./account-form.server";
import { ACCOUNT_DELETED_QUERY, PRIVACY_INTENT } from "./account-intents";
import { accountPageSeo } from "./account-page.server";
import { accountHeaders, requireCustomer } from "./account-session.server";

export async function privacyPageData(request: Request, locale: Locale, caller: RequestCaller) {
  await requireCustomer(request, locale, caller);
  const profile = await caller.api.account.profile.get();
  return data(
    {
      locale,
      email: profile.email,
      hasPassword: profile.hasPassword,
      ...accountPageSeo(request, locale, {
        title: getFixedT(locale, "account")("privacy.title"),
        section: "privacy",
      }),
    },
    { headers: accountHeaders(caller) },
  );
}

export async function privacyAction(request: Request, locale: Locale, caller: RequestCaller) {
  const user = await requireCustomer(request, locale, caller);
  const formData = await request.formData();
  if (formData.get(INTENT_FIELD) !== PRIVACY_INTENT) return unknownFormReply(caller);
  const outcome = await runAccountForm({
    request,
    locale,
    caller,
    formData,
    intent: PRIVACY_INTENT,
    schema: deleteAccountConfirmation(user.email),
    call: (value) => caller.api.account.privacy.deleteAccount(value),
    fieldOfCode: { PASSWORD_INCORRECT: "password" },
    hideFields: ["password"],
  });
  if (!outcome.ok) return outcome.response;
  // The API cleared the session cookie: the redirect carries that too.
  const { name, value } = ACCOUNT_DELETED_QUERY;
  return redirect(`${homePath(locale)}?${name}=${value}`, {
    status: 303,
    headers: accountHeaders(caller),
  });
}

/** "comptoir-data-2026-12-06.json": the download's file name. */
export function exportFileName(at: Date): string {
  return `comptoir-data-${at.toISOString().slice(0, 10)}.json`;
}

/** The customer's data as a JSON file to save (never shown in the browser, never cached). */
export async function privacyExport(request: Request, locale: Locale, caller: RequestCaller) {
  await requireCustomer(request, locale, caller);
  const exported = await caller.api.account.privacy.export();
  const headers = accountHeaders(caller, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Disposition": `attachment; filename="${exportFileName(new Date())}"`,
    "X-Content-Type-Options": "nosniff",
  });
  return new Response(`${JSON.stringify(exported, null, 2)}\n`, { status: 200, headers });
}
