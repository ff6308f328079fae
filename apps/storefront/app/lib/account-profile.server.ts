// The profile page: the name and preferred language, and the change of email address (a link sent
// to the new address confirms it; until then nothing changes).
import { data, redirectDocument } from "@remix-run/node";
import type { RequestCaller } from "@comptoir/api";
import { accountPath, localeCookieValue, STOREFRONT_LOCALE_COOKIE, type Locale } from "@comptoir/i18n";
import { getFixedT } from "@comptoir/i18n/server";
import { emailChangeRequestInput, profileUpdateInput } from "@comptoir/validators";
import { INTENT_FIELD, withDone } from "./account-form";
import { PROFILE_INTENTS, type EmailChangeSent } from "./account-intents";
import { runAccountForm } from "./account-form.server";
import { accountPageSeo } from "./account-page.server";
import { accountHeaders, requireCustomer } from "./account-session.server";
import { publicOrigin } from "./origin.server";

export async function profilePageData(request: Request, locale: Locale, caller: RequestCaller) {
  await requireCustomer(request, locale, caller);
  const profile = await caller.api.account.profile.get();
  return data(
    {
      locale,
      profile: {
        name: profile.name,
        email: profile.email,
        locale: profile.locale,
        emailVerified: profile.emailVerifiedAt !== null,
        hasPassword: profile.hasPassword,
      },
      ...accountPageSeo(request, locale, {
        title: getFixedT(locale, "account")("profile.title"),
        section: "profile",
      }),
    },
    { headers: accountHeaders(caller) },
  );
}

export async function profileAction(request: Request, locale: Locale, caller: RequestCaller) {
  await requireCustomer(request, locale, caller);
  const formData = await request.formData();
  const intent = formData.get(INTENT_FIELD);

  if (intent === PROFILE_INTENTS.email) {
    let sentTo = "";
    const outcome = await runAccountForm({
      request,
      locale,
      caller,
      formData,
      intent,
      schema: emailChangeRequestInput,
      call: (value) => {
        sentTo = value.newEmail;
        return caller.api.account.security.requestEmailChange(value);
      },
      fieldOfCode: { PASSWORD_INCORRECT: "currentPassword" },
      hideFields: ["currentPassword"],
    });
    if (!outcome.ok) return outcome.response;
    // No redirect: nothing changed yet, and the address the link went to is shown once, never put
    // in a URL (URLs end up in logs).
    return outcome.done({ sentTo } satisfies EmailChangeSent);
  }

  const outcome = await runAccountForm({
    request,
    locale,
    caller,
    formData,
    intent: PROFILE_INTENTS.profile,
    schema: profileUpdateInput,
    call: (value) => caller.api.account.profile.update(value),
  });
  if (!outcome.ok) return outcome.response;
  const chosen = outcome.value.locale;
  const headers = accountHeaders(caller);
  // The storefront's language preference follows the account's: "/" leads to it from now on.
  const secure = new URL(publicOrigin(request)).protocol === "https:";
  headers.append("Set-Cookie", localeCookieValue(STOREFRONT_LOCALE_COOKIE, chosen, { secure }));
  // Redirected, so that a reload does not post again; in the chosen language, as a document load:
  // a page carries the texts of its own language only.
  return redirectDocument(withDone(accountPath(chosen, "profile"), "profile"), { status: 303, headers });
}
